/**
 * Runs one of main/platform's file operations in a process of its own, so a test can crash it
 * mid-save, hold it to a file-size limit, or run it without root's power to write anywhere.
 * Run through run-disk-child.ts; prints the outcome as one JSON line.
 */
import fs, { chmodSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { openJsonFile } from '../../main/platform/json-file';
import { openSettingsRepo } from '../../main/platform/settings-store';

export type DiskScenario =
  'write-big' | 'crash-before-rename' | 'update-locked' | 'settings-locked';

const clock = { now: () => 7 };
const lockDir = (dir: string): void => chmodSync(dir, 0o555);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : '?');

const dataFile = (dir: string) =>
  openJsonFile<Record<string, unknown>>({
    path: join(dir, 'data.json'),
    parse: (raw) => ({ value: raw as Record<string, unknown>, dropped: [] }),
    fallback: () => ({}),
    clock,
  });

const attempt = (save: () => void): { error: string | null } => {
  try {
    save();
    return { error: null };
  } catch (error) {
    return { error: messageOf(error) };
  }
};

const BIG = { text: 'x'.repeat(8000) };

const scenarios: Record<DiskScenario, (dir: string) => unknown> = {
  'write-big': (dir) => {
    // Handled, the signal a process gets at its file-size limit turns into an EFBIG error (left
    // at its default it would kill the process, and some parents ignore it: this is the same
    // everywhere).
    process.on('SIGXFSZ', () => undefined);
    return attempt(() => dataFile(dir).write(BIG));
  },
  'crash-before-rename': (dir) => {
    // Die the moment the new content is complete but not yet in place.
    fs.renameSync = () => process.kill(process.pid, 'SIGKILL');
    syncBuiltinESMExports();
    return attempt(() => dataFile(dir).write(BIG));
  },
  'update-locked': (dir) => {
    const file = dataFile(dir);
    lockDir(dir);
    return attempt(() => file.update((current) => ({ ...current, added: true })));
  },
  'settings-locked': (dir) => {
    const repo = openSettingsRepo(dir, clock);
    lockDir(dir);
    const result = repo.update({ launchAtLogin: true });
    return { result, launchAtLogin: repo.get().launchAtLogin };
  },
};

const [scenario, dir] = process.argv.slice(2) as [DiskScenario, string];
process.stdout.write(`${JSON.stringify(scenarios[scenario](dir) ?? null)}\n`);
