import type { Translation } from '../translation-shape';
import type { common as en } from '../en/common';

/** German words used across the app, key for key as in ../en/common.ts. */
export const common = {
  appName: 'Poise',
  language: {
    system: 'Wie im System',
    en: 'English',
    de: 'Deutsch',
  },
  minutes_one: '{{count}} Minute',
  minutes_other: '{{count}} Minuten',
  seconds_one: '{{count}} Sekunde',
  seconds_other: '{{count}} Sekunden',
  safety: {
    back: 'Zurück',
  },
} satisfies Translation<typeof en>;
