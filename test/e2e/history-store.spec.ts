import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ cameraVideo: 'none' });

/**
 * The browser host's IndexedDB history store keeps the same contract as the file store
 * (test/unit/main/history): run against real IndexedDB in Chromium.
 */
async function open(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/dashboard-lab.html`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
}

test('appends, merges, reads ranges, prunes and deletes like the file store', async ({
  page,
  origin,
}) => {
  await open(page, origin);
  const result = await page.evaluate(async () => {
    const store = window.poiseDashboardLab!.scratchStore(`contract-${Math.random()}`);
    const day = 86_400_000;
    const t0 = Date.UTC(2026, 10, 20, 23, 58);
    const minute = (ms: number, extra: Record<string, unknown> = {}) => ({
      minuteStartMs: ms,
      uprightS: 30,
      slouchingS: 0,
      awayS: 0,
      uncertainS: 0,
      nudges: 0,
      breaksTaken: 0,
      breaksPostponed: 0,
      breaksSkipped: 0,
      routinesDone: [] as string[],
      ...extra,
    });
    // Crosses a UTC day boundary; the duplicate minute is merged on read.
    await store.append([
      minute(t0),
      minute(t0 + 60_000),
      minute(t0 + 120_000, { routinesDone: ['neck'] }),
    ]);
    await store.append([minute(t0, { uprightS: 20, nudges: 2 })]);
    const all = await store.readRange(0, Number.MAX_SAFE_INTEGER);
    const range = await store.readRange(t0 + 60_000, t0 + 120_000);
    await store.append([minute(t0 - 10 * day)]);
    await store.pruneBefore(t0 + 60_000);
    const pruned = await store.readRange(0, Number.MAX_SAFE_INTEGER);
    await store.deleteAll();
    const empty = await store.readRange(0, Number.MAX_SAFE_INTEGER);
    return {
      all: all.minutes,
      skipped: all.skipped,
      range: range.minutes,
      pruned: pruned.minutes,
      empty: empty.minutes,
    };
  });
  expect(result.skipped).toBe(0);
  expect(result.all.map((m) => [m.minuteStartMs, m.uprightS, m.nudges])).toEqual([
    [Date.UTC(2026, 10, 20, 23, 58), 50, 2],
    [Date.UTC(2026, 10, 20, 23, 59), 30, 0],
    [Date.UTC(2026, 10, 21, 0, 0), 30, 0],
  ]);
  expect(result.all[2]?.routinesDone).toEqual(['neck']);
  expect(result.range.map((m) => m.minuteStartMs)).toEqual([Date.UTC(2026, 10, 20, 23, 59)]);
  expect(result.pruned.map((m) => m.minuteStartMs)).toEqual([
    Date.UTC(2026, 10, 20, 23, 59),
    Date.UTC(2026, 10, 21, 0, 0),
  ]);
  expect(result.empty).toEqual([]);
});

test('skips damaged records and counts them instead of failing', async ({ page, origin }) => {
  await open(page, origin);
  const result = await page.evaluate(async () => {
    const name = `damaged-${Math.random()}`;
    const store = window.poiseDashboardLab!.scratchStore(name);
    const t0 = Date.UTC(2026, 10, 21, 9, 0);
    await store.append([
      {
        minuteStartMs: t0,
        uprightS: 60,
        slouchingS: 0,
        awayS: 0,
        uncertainS: 0,
        nudges: 0,
        breaksTaken: 0,
        breaksPostponed: 0,
        breaksSkipped: 0,
        routinesDone: [],
      },
    ]);
    // Damage the day record behind the store's back, and add a record that is not a day at all.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => {
        const tx = request.result.transaction('days', 'readwrite');
        const days = tx.objectStore('days');
        const day = Math.floor(t0 / 86_400_000);
        days.get(day).onsuccess = (e) => {
          const list = (e.target as IDBRequest<unknown[]>).result;
          days.put([...list, { m: 'x' }, 'garbage', { m: t0 / 60_000 + 1, u: 999 }], day);
          days.put({ not: 'a list' }, day + 1);
        };
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      request.onerror = () => reject(request.error);
    });
    const read = await store.readRange(0, Number.MAX_SAFE_INTEGER);
    return { count: read.minutes.length, skipped: read.skipped };
  });
  expect(result).toEqual({ count: 1, skipped: 4 });
});
