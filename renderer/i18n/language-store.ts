import type { LanguageSetting } from '../../shared/core/i18n/languages';
import { wordingForSetting, type Wording } from '../../shared/core/i18n/wording';
import type { PoiseApi } from '../../shared/ipc/contract';

/**
 * The page's one current wording. Each window starts in the system's language and follows the
 * language setting from then on, so a change in Settings reaches every open window at once.
 */
let setting: LanguageSetting = 'system';
let current: Wording = wordingForSetting(setting, systemLocales());
const listeners = new Set<(wording: Wording) => void>();

function systemLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

export function currentWording(): Wording {
  return current;
}

export function setLanguageSetting(next: LanguageSetting): void {
  setting = next;
  const wording = wordingForSetting(setting, systemLocales());
  if (wording === current) return;
  current = wording;
  if (typeof document !== 'undefined') document.documentElement.lang = wording.locale;
  for (const listener of listeners) listener(wording);
}

export function onWordingChange(listener: (wording: Wording) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Follows the person's language setting through the contract (both hosts, every window). */
export function followLanguageSetting(api: PoiseApi): () => void {
  if (typeof document !== 'undefined') document.documentElement.lang = current.locale;
  void api.invoke('settings:get').then(
    (settings) => setLanguageSetting(settings.language),
    // Settings that cannot be read leave the system's language in place; the app says why elsewhere.
    () => undefined,
  );
  return api.on('settings:changed', (settings) => setLanguageSetting(settings.language));
}
