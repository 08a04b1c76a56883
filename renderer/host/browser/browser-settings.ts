import type { SettingsProblem } from '../../../shared/core/settings-notice';
import { applySettingsPatch } from '../../../shared/core/settings/patch';
import { repairSettings } from '../../../shared/core/settings/repair';
import type { Settings } from '../../../shared/core/settings/schema';
import type { SettingsPort } from '../../../shared/app/ports';

export const SETTINGS_KEY = 'poise.settings';

/**
 * Settings for the browser host in localStorage, with the same repair rules as the desktop app:
 * an unreadable value is kept under a backup key and replaced by defaults, and the user is told
 * (the host words the problem with settingsNotice once the language is known).
 */
export function openBrowserSettings(
  storage: Storage,
  nowMs: number,
): { port: SettingsPort; problem: SettingsProblem | null; firstRun: boolean } {
  const raw = storage.getItem(SETTINGS_KEY);
  let problem: SettingsProblem | null = null;
  let settings: Settings;
  if (raw === null) {
    settings = repairSettings({}).settings;
  } else {
    let parsed: unknown;
    let readable = true;
    try {
      parsed = JSON.parse(raw);
    } catch {
      readable = false;
    }
    const repaired = repairSettings(readable ? parsed : {});
    settings = repaired.settings;
    if (!readable || repaired.resetFields.length > 0) {
      const backupKey = `${SETTINGS_KEY}.corrupt-${nowMs}`;
      storage.setItem(backupKey, raw);
      problem = readable
        ? { kind: 'invalid', fields: repaired.resetFields }
        : { kind: 'unreadable' };
    }
  }
  storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  const listeners = new Set<(settings: Settings) => void>();
  return {
    problem,
    firstRun: raw === null,
    port: {
      get: () => settings,
      update(patch) {
        const result = applySettingsPatch(settings, patch);
        if (result.ok) {
          settings = result.settings;
          storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
          for (const listener of listeners) listener(settings);
        }
        return result;
      },
      onChange(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}
