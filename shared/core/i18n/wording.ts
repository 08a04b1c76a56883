import {
  formattingLocale,
  resolveLanguage,
  type Language,
  type LanguageSetting,
} from './languages';
import { translatorFor, type Translate } from './translator';

/**
 * Everything a view or the tray needs to speak to the person: words in their language, and
 * numbers, times and dates in their locale's conventions. Pure (Intl takes epoch ms directly),
 * so the core can be handed one and stay free of the system.
 */
export interface Wording {
  readonly language: Language;
  /** BCP 47 tag for Intl, e.g. "de-AT". */
  readonly locale: string;
  readonly t: Translate;
  /** Clock time, e.g. "14:30" or "2:30 PM". */
  formatTime(ms: number): string;
  /** A calendar date; the options pick the parts (weekday, day, month…). */
  formatDate(ms: number, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

const cache = new Map<string, Wording>();

/** `timeZone` is for tests; the app always uses the system's own. */
export function wordingFor(locale: string, language: Language, timeZone?: string): Wording {
  const cacheKey = `${language}|${locale}|${timeZone ?? ''}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const zone = timeZone ? { timeZone } : {};
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...zone });
  const wording: Wording = {
    language,
    locale,
    t: translatorFor(language),
    formatTime: (ms) => time.format(ms),
    formatDate: (ms, options = { dateStyle: 'medium' }) =>
      new Intl.DateTimeFormat(locale, { ...options, ...zone }).format(ms),
    formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
  };
  cache.set(cacheKey, wording);
  return wording;
}

/** The wording for a language setting on a system with these preferred locales. */
export function wordingForSetting(
  setting: LanguageSetting,
  systemLocales: readonly string[],
): Wording {
  const language = resolveLanguage(setting, systemLocales);
  return wordingFor(formattingLocale(language, systemLocales), language);
}
