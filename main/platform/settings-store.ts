import { join } from 'node:path';
import {
  applySettingsPatch,
  type PatchResult,
  type SettingsPatch,
} from '../../shared/core/settings/patch';
import type { Settings } from '../../shared/core/settings/schema';
import { loadSettingsFile, type LoadedSettings } from './settings-file';

/**
 * The part of electron-store (and of `conf`, which it wraps) that Poise relies on. Tests use
 * `conf` on real files; the app uses electron-store, which adds Electron's userData location.
 */
export interface JsonStore {
  store: Record<string, unknown>;
}

export type JsonStoreFactory = (options: { cwd: string; configName: string }) => JsonStore;

export interface SettingsRepo {
  get(): Settings;
  update(patch: SettingsPatch): PatchResult;
  onChange(listener: (settings: Settings) => void): () => void;
  readonly startup: LoadedSettings;
}

export const SETTINGS_FILE_NAME = 'settings';

export function openSettingsRepo(
  dir: string,
  makeStore: JsonStoreFactory,
  nowMs: number,
): SettingsRepo {
  const startup = loadSettingsFile(join(dir, `${SETTINGS_FILE_NAME}.json`), nowMs);
  const store = makeStore({ cwd: dir, configName: SETTINGS_FILE_NAME });
  let current = startup.settings;
  // Write back what was loaded: repaired fields, migrated shape and defaults become explicit.
  store.store = current as unknown as Record<string, unknown>;
  const listeners = new Set<(settings: Settings) => void>();

  return {
    startup,
    get: () => current,
    update(patch) {
      const result = applySettingsPatch(current, patch);
      if (!result.ok) return result;
      current = result.settings;
      store.store = current as unknown as Record<string, unknown>;
      for (const listener of listeners) listener(current);
      return result;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
