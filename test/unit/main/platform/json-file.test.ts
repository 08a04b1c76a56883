import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JsonFileError, openJsonFile, type Parsed } from '../../../../main/platform/json-file';
import { runDiskChild } from '../../../support/run-disk-child';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'poise-json-'));

const counterSchema = z.object({ name: z.string(), count: z.number().int() });
type Counter = z.infer<typeof counterSchema>;
const fallback = (): Counter => ({ name: 'none', count: 0 });

function parseCounter(raw: unknown): Parsed<Counter> {
  const checked = counterSchema.safeParse(raw);
  if (checked.success) return { value: checked.data, dropped: [] };
  return { value: fallback(), dropped: checked.error.issues.map((i) => i.path.join('.')) };
}

const counterFile = (dir: string, nowMs = 1234) =>
  openJsonFile({
    path: join(dir, 'counter.json'),
    parse: parseCounter,
    fallback,
    clock: { now: () => nowMs },
  });
const stored = (dir: string): unknown =>
  JSON.parse(readFileSync(join(dir, 'counter.json'), 'utf8'));

describe('a small JSON file', () => {
  it('without a file: the fallback, not found, and nothing written', () => {
    const dir = tempDir();
    expect(counterFile(dir).read()).toEqual({ value: fallback(), found: false, recovery: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads back what it wrote', () => {
    const dir = tempDir();
    counterFile(dir).write({ name: 'cups', count: 3 });
    expect(counterFile(dir).read()).toEqual({
      value: { name: 'cups', count: 3 },
      found: true,
      recovery: null,
    });
  });

  it('unreadable JSON: the original bytes are kept aside, the fallback is stored, and it says so', () => {
    const dir = tempDir();
    const garbage = '{"name":"cups","count":3\u0000';
    writeFileSync(join(dir, 'counter.json'), garbage);
    const read = counterFile(dir, 1234).read();
    const backupPath = join(dir, 'counter.corrupt-1234.json');
    expect(read).toEqual({
      value: fallback(),
      found: true,
      recovery: { problem: { kind: 'unreadable' }, backupPath },
    });
    expect(readFileSync(backupPath, 'utf8')).toBe(garbage);
    expect(stored(dir)).toEqual(fallback());
    // Recovered once: the next read finds a sound file.
    expect(counterFile(dir, 5678).read().recovery).toBeNull();
  });

  it('JSON that fails the schema: kept aside too, with the fields that failed', () => {
    const dir = tempDir();
    const original = JSON.stringify({ name: 'cups', count: 2.5 });
    writeFileSync(join(dir, 'counter.json'), original);
    const read = counterFile(dir, 9).read();
    expect(read.value).toEqual(fallback());
    expect(read.recovery).toEqual({
      problem: { kind: 'invalid', fields: ['count'] },
      backupPath: join(dir, 'counter.corrupt-9.json'),
    });
    expect(readFileSync(join(dir, 'counter.corrupt-9.json'), 'utf8')).toBe(original);
  });

  it('two recoveries in the same millisecond keep both originals', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'counter.json'), 'first');
    counterFile(dir, 5).read();
    writeFileSync(join(dir, 'counter.json'), 'second');
    expect(counterFile(dir, 5).read().recovery?.backupPath).toBe(
      join(dir, 'counter.corrupt-5-1.json'),
    );
    expect(readFileSync(join(dir, 'counter.corrupt-5.json'), 'utf8')).toBe('first');
    expect(readFileSync(join(dir, 'counter.corrupt-5-1.json'), 'utf8')).toBe('second');
  });

  it('update reads, changes and stores, recovering a damaged file first', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'counter.json'), '[1, 2');
    const file = counterFile(dir, 3);
    const first = file.update((c) => ({ ...c, count: c.count + 1 }));
    expect(first.value).toEqual({ name: 'none', count: 1 });
    expect(first.recovery?.backupPath).toBe(join(dir, 'counter.corrupt-3.json'));
    expect(file.update((c) => ({ ...c, count: c.count + 1 }))).toEqual({
      value: { name: 'none', count: 2 },
      recovery: null,
    });
    expect(stored(dir)).toEqual({ name: 'none', count: 2 });
  });

  it('a file it cannot read is an error naming it, and nothing is moved', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'counter.json'));
    expect(() => counterFile(dir).read()).toThrow(JsonFileError);
    expect(() => counterFile(dir).read()).toThrow(
      `Could not read ${join(dir, 'counter.json')}: EISDIR`,
    );
    expect(readdirSync(dir)).toEqual(['counter.json']);
  });

  it('in a read-only folder an update fails with an error naming the file, and the file is kept', () => {
    const dir = tempDir();
    const original = '{"name":"cups","count":3}';
    writeFileSync(join(dir, 'data.json'), original);
    const run = runDiskChild('update-locked', dir, { unprivileged: true });
    expect(run.outcome).toEqual({
      error: expect.stringMatching(new RegExp(`^Could not save ${join(dir, 'data.json')}: EACCES`)),
    });
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe(original);
  });
});
