import { join } from 'node:path';
import type { Clock } from '../../shared/app/ports';
import type { SettingsProblem } from '../../shared/core/settings-notice';
import { isRecord } from '../../shared/core/settings/migrations';
import { repairSettings } from '../../shared/core/settings/repair';
import { defaultSettings, type Settings } from '../../shared/core/settings/schema';
import { openJsonFile, type JsonFile, type Parsed } from './json-file';

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

/** `settings.json` in `dir`: migrated, repaired field by field, the damaged original kept aside. */
export function openSettingsFile(dir: string, clock: Clock): JsonFile<Settings> {
  return openJsonFile({
    path: join(dir, 'settings.json'),
    parse: parseStoredSettings,
    fallback: defaultSettings,
    clock,
  });
}

export function loadSettings(file: JsonFile<Settings>): LoadedSettings {
  const { value, found, recovery } = file.read();
  return {
    settings: value,
    problem: recovery?.problem ?? null,
    backupPath: recovery?.backupPath ?? null,
    firstRun: !found,
  };
}

function parseStoredSettings(raw: unknown): Parsed<Settings> {
  // repairSettings reads a non-object as "nothing stored yet"; from a file that would mean
  // overwriting whatever the person put there without keeping it.
  if (!isRecord(raw)) return { value: defaultSettings(), dropped: ['(everything)'] };
  const repaired = repairSettings(raw);
  return { value: repaired.settings, dropped: repaired.resetFields };
}
