import i18next, { type i18n, type TFunction } from 'i18next';
import { FALLBACK_LANGUAGE, type Language } from './languages';
import { NAMESPACES, resources, type Namespace } from './resources';

/**
 * Turns a key (and its values) into words in one language. Keys of `common` need no prefix; every
 * other namespace's keys are written with it ('onboarding:welcome.intro'), and both are typed.
 */
export type Translate = TFunction<['common', ...Exclude<Namespace, 'common'>[]]>;

const instances = new Map<Language, i18n>();

/**
 * The i18next instance for one language, made once and kept: every word is bundled, so init is
 * synchronous and nothing is ever fetched. Plural forms follow Intl.PluralRules of the language.
 */
function instanceFor(language: Language): i18n {
  const existing = instances.get(language);
  if (existing) return existing;
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    // Preact escapes text itself, and tray labels and notifications are plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instances.set(language, instance);
  return instance;
}

export function translatorFor(language: Language): Translate {
  return instanceFor(language).t as Translate;
}
