import type { Page } from '@playwright/test';
import { emptyMinute, type MinuteAggregate } from '../../shared/core/history/minute';
import { expect } from './fixtures';

/**
 * History for end-to-end tests, built in the page (in its local time) and stored through the
 * dashboard lab: into the lab's own IndexedDB store, or the browser host's ('poise-history').
 */

/** A working day the page builds for a local day `daysAgo` before today (see seedPattern). */
export interface PatternDay {
  readonly daysAgo: number;
  /** Seconds slouched per minute, by local hour (9..16); other hours of the day are empty. */
  readonly slouchingByHour: Readonly<Record<number, number>>;
}

/**
 * Replace a store's history with minutes built in the page, in its local time: one stored
 * minute per whole day below, plus `extra` minutes as they are. `db` is the IndexedDB name:
 * the lab's own, or the browser host's ('poise-history').
 */
export async function seedStore(
  page: Page,
  origin: string,
  db: string | null,
  days: readonly PatternDay[],
  extra: (nowMs: number) => MinuteAggregate[] = () => [],
): Promise<void> {
  await page.goto(`${origin}/dashboard-lab.html`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  // Minute starts come from the page, in its local time; the records are built here.
  const slots = await page.evaluate((days) => {
    const out: { startMs: number; slouchingS: number }[] = [];
    for (const { daysAgo, slouchingByHour } of days) {
      for (let hour = 9; hour < 17; hour += 1) {
        for (let minute = 0; minute < 60; minute += 1) {
          const start = new Date();
          start.setDate(start.getDate() - daysAgo);
          start.setHours(hour, minute, 0, 0);
          out.push({ startMs: start.getTime(), slouchingS: slouchingByHour[hour] ?? 10 });
        }
      }
    }
    return out;
  }, days);
  const minutes: MinuteAggregate[] = slots.map(({ startMs, slouchingS }) => ({
    ...emptyMinute(startMs),
    uprightS: 60 - slouchingS,
    slouchingS,
  }));
  const now = await page.evaluate(() => Date.now());
  await page.evaluate(
    async ({ db, minutes }) => {
      const lab = window.poiseDashboardLab!;
      const store = db ? lab.scratchStore(db) : lab.store;
      await store.deleteAll();
      await store.append(minutes);
    },
    { db, minutes: [...minutes, ...extra(now)].sort((a, b) => a.minuteStartMs - b.minuteStartMs) },
  );
}

/**
 * A new user's first minute, at the start of this hour: nothing judged yet, one nudge, one
 * routine. Built in Node, which shares the machine's time zone with the browser.
 */
export const firstMinute = (nowMs: number): MinuteAggregate[] => {
  const hourStart = new Date(nowMs);
  hourStart.setMinutes(0, 0, 0);
  return [
    {
      minuteStartMs: hourStart.getTime(),
      uprightS: 0,
      slouchingS: 0,
      awayS: 10,
      uncertainS: 40,
      nudges: 1,
      breaksTaken: 0,
      breaksPostponed: 0,
      breaksSkipped: 0,
      routinesDone: ['micro-neck-reset'],
    },
  ];
};

/** Two working weeks with a slump from 15:00 and Thursdays slouched all day. */
export const twoWeeks = async (page: Page): Promise<PatternDay[]> => {
  const weekdays = await page.evaluate(() =>
    Array.from({ length: 14 }, (_, i) => {
      const d = new Date();
      d.setDate(d.getDate() - (i + 1));
      return d.getDay();
    }),
  );
  return weekdays.map((weekday, i) => ({
    daysAgo: i + 1,
    slouchingByHour:
      weekday === 4
        ? Object.fromEntries(Array.from({ length: 8 }, (_, h) => [9 + h, 30]))
        : { 15: 30 },
  }));
};
