import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { SettingsProblem } from '../../shared/core/settings-notice';
import { repairSettings } from '../../shared/core/settings/repair';
import { defaultSettings, type Settings } from '../../shared/core/settings/schema';

export interface LoadedSettings {
  readonly settings: Settings;
  /**
   * What had to be repaired, null when all was well: settingsNotice() puts it into words once the
   * language setting is known.
   */
  readonly problem: SettingsProblem | null;
  /** Where the unreadable original was kept, if it was. */
  readonly backupPath: string | null;
  readonly firstRun: boolean;
}

/**
 * Read the settings file before the store opens it: a corrupt or hand-broken file is moved aside
 * (never deleted: the user may want it back), and whatever was valid is kept.
 * `nowMs` names the backup so several recoveries never overwrite each other.
 */
export function loadSettingsFile(path: string, nowMs: number): LoadedSettings {
  if (!existsSync(path)) {
    return {
      settings: defaultSettings(),
      problem: null,
      backupPath: null,
      firstRun: true,
    };
  }
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const backupPath = backUp(path, nowMs);
    return {
      settings: defaultSettings(),
      problem: { kind: 'unreadable' },
      backupPath,
      firstRun: false,
    };
  }
  const repaired = repairSettings(raw);
  if (repaired.resetFields.length === 0) {
    return { settings: repaired.settings, problem: null, backupPath: null, firstRun: false };
  }
  const backupPath = backUp(path, nowMs);
  return {
    settings: repaired.settings,
    problem: { kind: 'invalid', fields: repaired.resetFields },
    backupPath,
    firstRun: false,
  };
}

function backUp(path: string, nowMs: number): string {
  const backupPath = `${path.replace(/\.json$/, '')}.corrupt-${nowMs}.json`;
  renameSync(path, backupPath);
  return backupPath;
}
