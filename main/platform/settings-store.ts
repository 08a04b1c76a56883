import type { Clock, SettingsPort } from '../../shared/app/ports';
import { applySettingsPatch } from '../../shared/core/settings/patch';
import type { Settings } from '../../shared/core/settings/schema';
import { loadSettings, openSettingsFile, type LoadedSettings } from './settings-file';

export interface SettingsRepo extends SettingsPort {
  readonly startup: LoadedSettings;
}

/**
 * The settings in `dir`, held in memory and saved on every accepted change. A change that cannot
 * be saved is refused with the reason, so what Poise runs with always matches the file.
 */
export function openSettingsRepo(dir: string, clock: Clock): SettingsRepo {
  const file = openSettingsFile(dir, clock);
  const startup = loadSettings(file);
  let current = startup.settings;
  // Write back what was loaded: the migrated shape and the defaults become explicit.
  file.write(current);
  const listeners = new Set<(settings: Settings) => void>();

  return {
    startup,
    get: () => current,
    update(patch) {
      const result = applySettingsPatch(current, patch);
      if (!result.ok) return result;
      try {
        file.write(result.settings);
      } catch (error) {
        return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
      }
      current = result.settings;
      for (const listener of listeners) listener(current);
      return result;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
