import * as de from './de';
import * as en from './en';
import type { Language } from './languages';

/** Every language's words, by namespace (one namespace per area of the app). */
export const resources = { en, de } satisfies Record<Language, typeof en | typeof de>;

export type Namespace = keyof typeof en;
export const NAMESPACES = Object.keys(en) as Namespace[];
