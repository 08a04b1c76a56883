/**
 * Size and read time of a heavy year of history in the file store.
 * Worst case: 548 tracked minutes every day of the year = 200k minutes.
 *   npx tsx test/bench/history-year.ts
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedOffsetCalendar } from '../../shared/core/history/calendar';
import { generateSampleHistory } from '../../shared/core/history/sample-history';
import { createFileHistoryStore } from '../../main/history/file-history-store';

const dir = await mkdtemp(join(tmpdir(), 'poise-history-bench-'));
try {
  const minutes = generateSampleHistory({
    calendar: fixedOffsetCalendar(0),
    endMs: Date.UTC(2026, 11, 31, 23, 59),
    days: 365,
    minutesPerDay: 548,
    weekends: true,
  });
  const store = createFileHistoryStore({ dir });
  const writeStart = performance.now();
  for (let i = 0; i < minutes.length; i += 5000) await store.append(minutes.slice(i, i + 5000));
  const writeMs = performance.now() - writeStart;
  let bytes = 0;
  for (const name of await readdir(dir)) bytes += (await stat(join(dir, name))).size;
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    const read = await store.readRange(0, Number.MAX_SAFE_INTEGER);
    times.push(performance.now() - start);
    count = read.minutes.length;
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      minutes: count,
      bytes,
      megabytes: +(bytes / 1e6).toFixed(2),
      bytesPerMinute: +(bytes / count).toFixed(1),
      bulkWriteMs: Math.round(writeMs),
      readYearMedianMs: Math.round(times[2]!),
      readYearMinMs: Math.round(times[0]!),
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
