import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { Clock } from '../../shared/app/ports';
import { writeFileAtomically } from './atomic-write';

/** What a parse kept of the stored JSON, and the dotted paths it had to drop (none: all was well). */
export interface Parsed<T> {
  readonly value: T;
  readonly dropped: readonly string[];
}

export type JsonProblem =
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'invalid'; readonly fields: readonly string[] };

/** A stored file that could not be used as it was, and where its original bytes were kept. */
export interface JsonRecovery {
  readonly problem: JsonProblem;
  readonly backupPath: string;
}

/** The value now stored, and the recovery that was needed to read the file, if one was. */
export interface JsonOutcome<T> {
  readonly value: T;
  readonly recovery: JsonRecovery | null;
}

export interface JsonRead<T> extends JsonOutcome<T> {
  /** False when there was no file yet: the value is the fallback. */
  readonly found: boolean;
}

export interface JsonFile<T> {
  read(): JsonRead<T>;
  write(value: T): void;
  /** Read, change and write back, with no other read or write of this file in between. */
  update(change: (current: T) => T): JsonOutcome<T>;
}

export interface JsonFileOptions<T> {
  readonly path: string;
  /**
   * Keeps what is valid of whatever JSON was stored and names what it dropped: settings repair
   * field by field, calibrations keep every place that still parses.
   */
  readonly parse: (raw: unknown) => Parsed<T>;
  /** The value of a missing or unreadable file. */
  readonly fallback: () => T;
  /** Names the backups of damaged files. */
  readonly clock: Clock;
}

/** A file that could not be read or saved; `cause` holds the system's error. */
export class JsonFileError extends Error {
  constructor(action: string, path: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Could not ${action} ${path}: ${reason}`, { cause });
    this.name = 'JsonFileError';
  }
}

/**
 * A small JSON file kept safe: writes are atomic, a damaged file is moved aside (never deleted:
 * the person may want it back) and replaced by what could be kept of it.
 *
 * Everything here is synchronous on purpose. In one JavaScript thread a read-change-write with no
 * `await` inside cannot interleave with another, which is what keeps two saves from losing one
 * another; and the settings port answers a change at once with whether it was saved. The files
 * are a few kilobytes, written when a person changes something.
 */
export function openJsonFile<T>(options: JsonFileOptions<T>): JsonFile<T> {
  const { path, parse, fallback, clock } = options;

  const write = (value: T): void => {
    try {
      writeFileAtomically(path, `${JSON.stringify(value, null, 2)}\n`);
    } catch (error) {
      throw new JsonFileError('save', path, error);
    }
  };

  // Keep the original as it was, then store what could be kept so the next read finds it sound.
  const recover = (problem: JsonProblem, kept: T): JsonRead<T> => {
    const backupPath = freeBackupPath(path, clock.now());
    try {
      renameSync(path, backupPath);
    } catch (error) {
      throw new JsonFileError('move aside the damaged', path, error);
    }
    write(kept);
    return { value: kept, found: true, recovery: { problem, backupPath } };
  };

  const read = (): JsonRead<T> => {
    const text = readText(path);
    if (text === null) return { value: fallback(), found: false, recovery: null };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return recover({ kind: 'unreadable' }, fallback());
    }
    const parsed = parse(raw);
    if (parsed.dropped.length === 0) return { value: parsed.value, found: true, recovery: null };
    return recover({ kind: 'invalid', fields: parsed.dropped }, parsed.value);
  };

  return {
    read,
    write,
    update(change) {
      const { value, recovery } = read();
      const next = change(value);
      write(next);
      return { value: next, recovery };
    },
  };
}

/** The file's text, or null when there is no file. */
function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new JsonFileError('read', path, error);
  }
}

/** `settings.json` -> `settings.corrupt-<time>.json`, numbered on if that name is taken. */
function freeBackupPath(path: string, nowMs: number): string {
  const stem = `${path.replace(/\.json$/, '')}.corrupt-${nowMs}`;
  let candidate = `${stem}.json`;
  for (let n = 1; existsSync(candidate); n += 1) candidate = `${stem}-${n}.json`;
  return candidate;
}
