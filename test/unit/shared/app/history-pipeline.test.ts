import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHistoryPipeline } from '../../../../shared/app/history-pipeline';
import type { WriteReport } from '../../../../shared/app/retrying-writer';
import type { HistoryFact } from '../../../../shared/core/app-effects';
import type { HistoryStore } from '../../../../shared/core/history/history-store';
import { emptyMinute } from '../../../../shared/core/history/minute';
import { createFileHistoryStore, type WriteFn } from '../../../../main/history/file-history-store';

const T0 = Date.UTC(2026, 10, 23, 10, 0); // Monday 10:00 UTC
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const ALL = [0, Number.MAX_SAFE_INTEGER] as const;

/** An upright span inside one minute, as the core records them. */
const upright = (fromS: number, toS: number): HistoryFact => ({
  kind: 'posture',
  state: 'upright',
  fromMs: T0 + fromS * SECOND,
  toMs: T0 + toS * SECOND,
});

/**
 * The pipeline over the real file store in a temp folder. The disk fills up on demand through the
 * store's own write hook; writes are awaited through the outcomes they report, never by waiting.
 */
function setup(wrap: (store: HistoryStore) => HistoryStore = (store) => store) {
  const disk = { full: false };
  const write: WriteFn = async (handle, data) => {
    if (disk.full) throw new Error('ENOSPC: no space left on device, write');
    await handle.write(data);
  };
  const store = createFileHistoryStore({ dir: mkdtempSync(join(tmpdir(), 'poise-pipe-')), write });
  const reports: WriteReport[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  let changes = 0;
  const pipeline = createHistoryPipeline({
    store: wrap(store),
    onChanged: () => changes++,
    onWrite(report) {
      reports.push(report);
      for (const w of waiting.filter((w) => reports.length >= w.count)) w.resolve();
    },
  });
  /** Resolves once `count` write outcomes have been reported in all. */
  const outcomes = (count: number): Promise<readonly WriteReport[]> =>
    reports.length >= count
      ? Promise.resolve(reports)
      : new Promise((resolve) => waiting.push({ count, resolve: () => resolve(reports) }));
  const stored = async () => (await store.readRange(...ALL)).minutes;
  return { pipeline, disk, reports, outcomes, stored, changes: () => changes };
}

describe('history pipeline', () => {
  it('writes a minute once it has ended, and tells the dashboards', async () => {
    const { pipeline, outcomes, stored, changes, reports } = setup();
    pipeline.record(upright(0, 40));
    pipeline.tick(T0 + 59 * SECOND, 30);
    expect(reports).toEqual([]);
    pipeline.tick(T0 + MINUTE, 30);
    expect(await outcomes(1)).toEqual([{ ok: true, written: 1 }]);
    expect((await stored()).map((m) => [m.minuteStartMs, m.uprightS])).toEqual([[T0, 40]]);
    expect(changes()).toBe(1);
  });

  it('keeps the minutes of a failed write and saves them with the next one: nothing is lost', async () => {
    const { pipeline, disk, outcomes, stored, changes } = setup();
    disk.full = true;
    pipeline.record(upright(0, 60));
    pipeline.tick(T0 + MINUTE, 30);
    pipeline.record(upright(60, 90));
    pipeline.tick(T0 + 2 * MINUTE, 30);
    const failed = await outcomes(2);
    expect(failed.map((r) => (r.ok ? 'ok' : r.pending))).toEqual([1, 2]);
    expect(await stored()).toEqual([]);
    expect(changes()).toBe(0);

    disk.full = false;
    pipeline.record(upright(120, 150));
    pipeline.tick(T0 + 3 * MINUTE, 30);
    expect((await outcomes(3))[2]).toEqual({ ok: true, written: 3 });
    expect((await stored()).map((m) => m.uprightS)).toEqual([60, 30, 30]);
    expect(changes()).toBe(1);
  });

  it('on quit writes the minute still open, once', async () => {
    const { pipeline, stored } = setup();
    pipeline.record(upright(0, 20));
    await pipeline.flush();
    // A second flush finds nothing left: the minute is not written twice (it would read as 40 s).
    await pipeline.flush();
    expect((await stored()).map((m) => m.uprightS)).toEqual([20]);
  });

  it('on quit with a full disk reports the failure', async () => {
    const { pipeline, disk, reports } = setup();
    disk.full = true;
    pipeline.record(upright(0, 20));
    await pipeline.flush();
    expect(reports).toEqual([
      { ok: false, pending: 1, dropped: 0, error: 'ENOSPC: no space left on device, write' },
    ]);
  });

  it('deleting history also forgets minutes waiting for a retry, so they never come back', async () => {
    const { pipeline, disk, outcomes, stored, changes } = setup();
    disk.full = true;
    pipeline.record(upright(0, 60));
    pipeline.tick(T0 + MINUTE, 30);
    await outcomes(1);
    pipeline.record(upright(70, 80)); // still open when the person deletes
    await pipeline.deleteAll();
    expect(changes()).toBe(1);

    disk.full = false;
    pipeline.record(upright(130, 150));
    pipeline.tick(T0 + 3 * MINUTE, 30);
    await outcomes(2);
    expect((await stored()).map((m) => [m.minuteStartMs, m.uprightS])).toEqual([
      [T0 + 2 * MINUTE, 20],
    ]);
  });

  it('drops minutes past the retention at start, then every six hours', () => {
    const cutoffs: number[] = [];
    const { pipeline } = setup((store) => ({
      ...store,
      pruneBefore(cutoffMs) {
        cutoffs.push(cutoffMs);
        return store.pruneBefore(cutoffMs);
      },
    }));
    pipeline.tick(T0, 30);
    pipeline.tick(T0 + 5 * 60 * MINUTE, 30);
    pipeline.tick(T0 + 6 * 60 * MINUTE, 30);
    // 30 days kept: today and the 29 before it, in whole UTC days.
    expect(cutoffs).toEqual([Date.UTC(2026, 9, 25), Date.UTC(2026, 9, 25)]);
  });

  it('a failed prune is not an error: the next check tries again', async () => {
    let prunes = 0;
    const { pipeline } = setup((store) => ({
      ...store,
      pruneBefore: () => {
        prunes += 1;
        return Promise.reject(new Error('EACCES'));
      },
    }));
    pipeline.tick(T0, 30);
    pipeline.tick(T0 + 6 * 60 * MINUTE, 30);
    expect(prunes).toBe(2);
  });

  it('exports what is stored', async () => {
    const { pipeline, outcomes } = setup();
    pipeline.record(upright(0, 40));
    pipeline.tick(T0 + MINUTE, 30);
    await outcomes(1);
    const file = await pipeline.export('csv', T0 + MINUTE);
    expect(file.filename).toBe('poise-history-2026-11-23.csv');
    expect(file.text.split('\r\n')[1]).toBe('2026-11-23T10:00:00.000Z,40,0,0,0,0,0,0,0,');
  });

  it('reads the range asked for', async () => {
    const { pipeline, outcomes } = setup();
    pipeline.record(upright(0, 40));
    pipeline.record(upright(60, 70));
    pipeline.tick(T0 + 2 * MINUTE, 30);
    await outcomes(1);
    const { minutes } = await pipeline.read(T0 + MINUTE, T0 + 2 * MINUTE);
    expect(minutes).toEqual([{ ...emptyMinute(T0 + MINUTE), uprightS: 10 }]);
  });
});
