import { SETTINGS_VERSION } from './schema';

/**
 * Migrations from older stored shapes, each a small pure function from version N to N+1
 * (after Caprine's store migrations). Unknown future versions are left alone: repair() then
 * keeps what it can read and resets the rest.
 *
 * Version 0 is the flat prototype format (no `version` key):
 *   { sensitivity, graceSeconds, breakEveryMinutes, breakSeconds, startAtLogin, onboarded, cameraId }
 */
export type Json = Record<string, unknown>;
type Migration = (old: Json) => Json;

export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const migrations: Record<number, Migration> = {
  0: (old) => ({
    version: 1,
    firstRunComplete: old.onboarded,
    launchAtLogin: old.startAtLogin,
    monitoring: { cameraId: old.cameraId, sensitivity: old.sensitivity },
    coaching: { graceSeconds: old.graceSeconds },
    breaks: { microEveryMinutes: old.breakEveryMinutes, microDurationSeconds: old.breakSeconds },
  }),
};

export function storedVersion(raw: Json): number {
  return typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
}

/** Bring a parsed settings object up to SETTINGS_VERSION. Undefined fields fall back to defaults later. */
export function migrateSettings(raw: unknown): {
  readonly data: Json;
  readonly fromVersion: number;
} {
  if (!isRecord(raw)) return { data: {}, fromVersion: SETTINGS_VERSION };
  const fromVersion = storedVersion(raw);
  let data = raw;
  for (let version = fromVersion; version < SETTINGS_VERSION; version += 1) {
    const migrate = migrations[version];
    if (!migrate) break;
    data = stripUndefined(migrate(data));
  }
  return { data, fromVersion };
}

function stripUndefined(value: Json): Json {
  const out: Json = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === undefined) continue;
    out[key] = isRecord(entry) ? stripUndefined(entry) : entry;
  }
  return out;
}
