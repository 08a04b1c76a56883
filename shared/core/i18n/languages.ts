/**
 * The languages Poise speaks, and how the person's choice meets the system's. Pure: the system's
 * preferred locales come in as an argument (Electron's app.getPreferredSystemLanguages() in the
 * main process, navigator.languages in a page).
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The setting: follow the system, or one language whatever the system says. */
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export const FALLBACK_LANGUAGE: Language = 'en';

const isLanguage = (code: string): code is Language =>
  (LANGUAGES as readonly string[]).includes(code);

/** "de-AT" -> "de"; anything unparsable -> "". */
const primarySubtag = (locale: string): string =>
  locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The language to speak: the chosen one, or else the first of the system's preferred locales
 * that Poise speaks (so "fr-FR, de-DE" gives German), or else English.
 */
export function resolveLanguage(
  setting: LanguageSetting,
  systemLocales: readonly string[],
): Language {
  if (setting !== 'system') return setting;
  for (const locale of systemLocales) {
    const primary = primarySubtag(locale);
    if (isLanguage(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}

/**
 * The locale for dates and numbers: the system's own when it is in the spoken language (so an
 * Austrian or Swiss system keeps its conventions, a British one its 24-hour clock), else the
 * language alone.
 */
export function formattingLocale(language: Language, systemLocales: readonly string[]): string {
  for (const locale of systemLocales) {
    if (primarySubtag(locale) !== language) continue;
    try {
      return Intl.getCanonicalLocales(locale.replace('_', '-'))[0] ?? language;
    } catch {
      // A malformed system locale ("en_US.UTF-8" from a shell) is skipped, never fatal.
    }
  }
  return language;
}
