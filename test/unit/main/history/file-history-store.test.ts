import { spawn } from 'node:child_process';
import {
  appendFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyMinute, type MinuteAggregate } from '../../../../shared/core/history/minute';
import { createFileHistoryStore, type WriteFn } from '../../../../main/history/file-history-store';
import { RetryingHistoryWriter } from '../../../../shared/app/retrying-writer';

const T0 = Date.UTC(2026, 10, 21, 9, 0);
const minute = (i: number, extra: Partial<MinuteAggregate> = {}): MinuteAggregate => ({
  ...emptyMinute(T0 + i * 60_000),
  uprightS: 45,
  slouchingS: 15,
  ...extra,
});
const ALL = [0, Number.MAX_SAFE_INTEGER] as const;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poise-history-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file history store', () => {
  it('appends one compact JSON line per minute into a file per UTC month', async () => {
    const store = createFileHistoryStore({ dir });
    const nov30 = { ...emptyMinute(Date.UTC(2026, 10, 30, 23, 59)), awayS: 60 };
    const dec1 = { ...emptyMinute(Date.UTC(2026, 11, 1, 0, 0)), nudges: 2 };
    await store.append([minute(0), nov30]);
    await store.append([dec1]);
    expect((await readdir(dir)).sort()).toEqual(['2026-11.jsonl', '2026-12.jsonl']);
    expect(await readFile(join(dir, '2026-11.jsonl'), 'utf8')).toBe(
      '{"m":29920860,"u":45,"s":15}\n{"m":29934719,"a":60}\n',
    );
    const read = await store.readRange(...ALL);
    expect(read).toEqual({ minutes: [minute(0), nov30, dec1], skipped: 0, unreadable: [] });
    expect((await store.readRange(Date.UTC(2026, 11, 1), Date.UTC(2027, 0, 1))).minutes).toEqual([
      dec1,
    ]);
  });

  it('reads an empty or missing folder as no history', async () => {
    const store = createFileHistoryStore({ dir: join(dir, 'not-yet') });
    expect(await store.readRange(...ALL)).toEqual({ minutes: [], skipped: 0, unreadable: [] });
    await store.deleteAll();
  });

  it('skips a truncated last line, and the next append starts on a fresh line', async () => {
    const store = createFileHistoryStore({ dir });
    await store.append([minute(0), minute(1)]);
    await appendFile(join(dir, '2026-11.jsonl'), '{"m":29920862,"u":4');
    expect(await store.readRange(...ALL)).toMatchObject({
      minutes: [minute(0), minute(1)],
      skipped: 1,
    });
    await store.append([minute(3)]);
    expect(await store.readRange(...ALL)).toMatchObject({
      minutes: [minute(0), minute(1), minute(3)],
      skipped: 1,
    });
  });

  it('skips garbage in the middle and reports how many lines', async () => {
    const store = createFileHistoryStore({ dir });
    await store.append([minute(0)]);
    await appendFile(
      join(dir, '2026-11.jsonl'),
      '\u0000\u0000\u0000\nnot json\n{"m":"x"}\n{"m":1,"u":999}\n',
    );
    await store.append([minute(1)]);
    expect(await store.readRange(...ALL)).toEqual({
      minutes: [minute(0), minute(1)],
      skipped: 4,
      unreadable: [],
    });
  });

  it('reports a file it cannot read instead of throwing', async () => {
    const store = createFileHistoryStore({ dir });
    await store.append([minute(0)]);
    // A directory where a month file should be: readFile fails with EISDIR.
    await mkdir(join(dir, '2026-10.jsonl'));
    const read = await store.readRange(...ALL);
    expect(read.minutes).toEqual([minute(0)]);
    expect(read.unreadable).toHaveLength(1);
    expect(read.unreadable[0]).toContain('2026-10.jsonl');
  });

  it('a full disk leaves the file as it was, keeps the minutes in memory and saves them on retry', async () => {
    let diskFull = true;
    // Writes half the data, then fails like ENOSPC: the worst case, a torn batch.
    const write: WriteFn = async (handle, data) => {
      if (!diskFull) {
        await handle.write(data);
        return;
      }
      await handle.write(data.subarray(0, Math.floor(data.length / 2)));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const store = createFileHistoryStore({ dir, write });
    diskFull = false;
    await store.append([minute(0)]);
    const before = await readFile(join(dir, '2026-11.jsonl'), 'utf8');
    diskFull = true;

    const writer = new RetryingHistoryWriter(store);
    const failed = await writer.write([minute(1), minute(2)]);
    expect(failed).toEqual({
      ok: false,
      pending: 2,
      dropped: 0,
      error: 'ENOSPC: no space left on device, write',
    });
    expect(await readFile(join(dir, '2026-11.jsonl'), 'utf8')).toBe(before);
    expect((await writer.write([minute(3)])).ok).toBe(false);
    expect(writer.pendingCount).toBe(3);

    diskFull = false;
    expect(await writer.write([minute(4)])).toEqual({ ok: true, written: 4 });
    expect(await store.readRange(...ALL)).toEqual({
      minutes: [0, 1, 2, 3, 4].map((i) => minute(i)),
      skipped: 0,
      unreadable: [],
    });
  });

  it('serialises concurrent writes: every minute lands on its own line', async () => {
    const writer = new RetryingHistoryWriter(createFileHistoryStore({ dir }));
    const reports = await Promise.all(
      Array.from({ length: 30 }, (_, i) => writer.write([minute(i)])),
    );
    expect(reports.every((r) => r.ok)).toBe(true);
    const text = await readFile(join(dir, '2026-11.jsonl'), 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(30);
    expect(await createFileHistoryStore({ dir }).readRange(...ALL)).toMatchObject({
      skipped: 0,
      minutes: Array.from({ length: 30 }, (_, i) => minute(i)),
    });
  });

  it('caps the in-memory backlog when the disk stays full', async () => {
    const store = createFileHistoryStore({
      dir,
      write: async () => {
        throw new Error('ENOSPC');
      },
    });
    const writer = new RetryingHistoryWriter(store, 3);
    await writer.write([minute(0), minute(1)]);
    const report = await writer.write([minute(2), minute(3)]);
    expect(report).toMatchObject({ ok: false, pending: 3, dropped: 1 });
  });

  it('retention removes old month files and rewrites the month holding the cutoff', async () => {
    const store = createFileHistoryStore({ dir });
    const old = { ...emptyMinute(Date.UTC(2026, 8, 10)), uprightS: 60 };
    const oct1 = { ...emptyMinute(Date.UTC(2026, 9, 1)), uprightS: 60 };
    const oct20 = { ...emptyMinute(Date.UTC(2026, 9, 20)), uprightS: 60 };
    await store.append([old, oct1, oct20, minute(0)]);
    await store.pruneBefore(Date.UTC(2026, 9, 15));
    expect((await readdir(dir)).sort()).toEqual(['2026-10.jsonl', '2026-11.jsonl']);
    expect(await store.readRange(...ALL)).toEqual({
      minutes: [oct20, minute(0)],
      skipped: 0,
      unreadable: [],
    });
  });

  it('retention leaves the cutoff month file alone when nothing in it is old enough', async () => {
    const store = createFileHistoryStore({ dir });
    const oct20 = { ...emptyMinute(Date.UTC(2026, 9, 20)), uprightS: 60 };
    await store.append([oct20]);
    const before = await stat(join(dir, '2026-10.jsonl'));
    await store.pruneBefore(Date.UTC(2026, 9, 15));
    // Not rewritten (a rewrite renames a new file into place), and nothing lost.
    expect((await stat(join(dir, '2026-10.jsonl'))).ino).toBe(before.ino);
    expect((await store.readRange(...ALL)).minutes).toEqual([oct20]);
  });

  it('deletes all data, and only its own files', async () => {
    const store = createFileHistoryStore({ dir });
    await store.append([minute(0), { ...emptyMinute(Date.UTC(2025, 0, 1)), awayS: 1 }]);
    await writeFile(join(dir, 'notes.txt'), 'not ours');
    await store.deleteAll();
    expect(await readdir(dir)).toEqual(['notes.txt']);
    expect((await store.readRange(...ALL)).minutes).toEqual([]);
  });

  it('merges two records of the same minute (a restart within one minute)', async () => {
    const store = createFileHistoryStore({ dir });
    await store.append([{ ...emptyMinute(T0), uprightS: 20 }]);
    await store.append([{ ...emptyMinute(T0), uprightS: 25, nudges: 1 }]);
    expect((await store.readRange(...ALL)).minutes).toEqual([
      { ...emptyMinute(T0), uprightS: 45, nudges: 1 },
    ]);
  });
});

describe('a process killed mid-write', () => {
  const child = resolve(import.meta.dirname, 'fixtures/append-forever.ts');

  /** Start the appender, wait for `acks` acknowledged minutes, SIGKILL it; returns what it acknowledged. */
  async function runAndKill(start: number, acks: number): Promise<number[]> {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir, String(start)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked: number[] = [];
    let buffer = '';
    await new Promise<void>((done, fail) => {
      proc.on('error', fail);
      proc.on('exit', () => done());
      proc.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        acked.push(...lines.map(Number));
        if (acked.length >= acks && !proc.killed) proc.kill('SIGKILL');
      });
    });
    return acked;
  }

  it('keeps every acknowledged minute, corrupts nothing, and appends cleanly afterwards', async () => {
    const start = T0 / 60_000;
    const first = await runAndKill(start, 40);
    const second = await runAndKill(start + 100_000, 40);
    const store = createFileHistoryStore({ dir });
    const read = await store.readRange(...ALL);
    const stored = new Set(read.minutes.map((m) => m.minuteStartMs / 60_000));
    for (const m of [...first, ...second]) expect(stored.has(m)).toBe(true);
    // At most the line being written at each kill can be torn.
    expect(read.skipped).toBeLessThanOrEqual(2);
    for (const m of read.minutes) expect(m).toMatchObject({ uprightS: 40, slouchingS: 20 });
    expect((await stat(join(dir, '2026-11.jsonl'))).size).toBeGreaterThan(0);
  }, 120_000);
});
