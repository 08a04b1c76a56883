import { isRecord, migrateSettings, type Json } from './migrations';
import { defaultSettings, settingsSchema, SETTINGS_VERSION, type Settings } from './schema';

export interface RepairResult {
  readonly settings: Settings;
  /** Dotted paths of fields that were invalid and went back to their defaults. */
  readonly resetFields: readonly string[];
  readonly migratedFrom: number | null;
}

/**
 * Turn whatever was on disk (already JSON-parsed) into valid settings, keeping every field that
 * is valid and resetting only the ones that are not. A hand-edited `"sensitivity": 99` costs the
 * user that one field, not their whole configuration.
 */
export function repairSettings(raw: unknown): RepairResult {
  const { data, fromVersion } = migrateSettings(raw);
  const migratedFrom = fromVersion < SETTINGS_VERSION ? fromVersion : null;
  let candidate: Json = structuredClone(data);
  const resetFields: string[] = [];
  // Each round removes at least one bad path, so this ends; the bound is a guard, not a limit.
  for (let round = 0; round < 100; round += 1) {
    const parsed = settingsSchema.safeParse(candidate);
    if (parsed.success) {
      return { settings: parsed.data, resetFields, migratedFrom };
    }
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (path.length === 0) {
        candidate = {};
        resetFields.push('(everything)');
        break;
      }
      resetFields.push(deletePath(candidate, path).join('.'));
    }
  }
  return { settings: defaultSettings(), resetFields: ['(everything)'], migratedFrom };
}

/**
 * Remove the value at `path`; for an array element, drop the whole array (defaults take over).
 * Returns the path that was actually removed.
 */
function deletePath(target: Json, path: readonly string[]): readonly string[] {
  let node: unknown = target;
  for (let i = 0; i < path.length - 1; i += 1) {
    if (!isRecord(node)) return path.slice(0, i);
    const next = node[path[i]!];
    if (Array.isArray(next)) {
      delete node[path[i]!];
      return path.slice(0, i + 1);
    }
    node = next;
  }
  if (isRecord(node)) delete node[path[path.length - 1]!];
  return path;
}
