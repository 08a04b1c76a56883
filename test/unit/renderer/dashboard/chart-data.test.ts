import { describe, expect, it } from 'vitest';
import { fixedOffsetCalendar } from '../../../../shared/core/history/calendar';
import { emptyMinute } from '../../../../shared/core/history/minute';
import { dailySummaries } from '../../../../shared/core/history/rollup';
import {
  centredBarsRange,
  dayTimelineData,
  daysStackedData,
  dayWindow,
  scoreChartData,
} from '../../../../renderer/dashboard/chart-data';

const cal = fixedOffsetCalendar(0);
const DAY0 = Date.UTC(2026, 10, 21);
const DAY_END = DAY0 + 86_400_000;
const HOUR = 3_600_000;
const SLOT = 15 * 60_000;
const at = (h: number, m: number): number => DAY0 + h * HOUR + m * 60_000;
/** Seconds (uPlot's unit) back to minutes since local midnight, for readable expectations. */
const minutesOfDay = (seconds: number): number => (seconds * 1000 - DAY0) / 60_000;

describe('the day window', () => {
  it('is the working day when the data and the time fall inside it', () => {
    expect(dayWindow(DAY0, DAY_END, [at(10, 0)], SLOT, at(11, 20))).toEqual({
      fromMs: at(8, 0),
      toMs: at(18, 0),
    });
  });

  it('widens by whole hours to take in early data and the current time', () => {
    expect(dayWindow(DAY0, DAY_END, [at(6, 45)], SLOT, at(20, 10))).toEqual({
      fromMs: at(6, 0),
      toMs: at(21, 0),
    });
  });

  it('never leaves today, even for data in the last slot before midnight', () => {
    const w = dayWindow(DAY0, DAY_END, [at(0, 0), at(23, 45)], SLOT, at(23, 59));
    expect(w).toEqual({ fromMs: DAY0, toMs: DAY_END });
  });

  it('ignores a time that is not today (a dashboard left open overnight)', () => {
    expect(dayWindow(DAY0, DAY_END, [], SLOT, DAY_END + 2 * HOUR)).toEqual({
      fromMs: at(8, 0),
      toMs: at(18, 0),
    });
  });
});

describe('chart data', () => {
  it('stacks the day into 15-minute slots over the working day, with a fixed range', () => {
    const minutes = [
      { ...emptyMinute(at(9, 20)), uprightS: 60 },
      { ...emptyMinute(at(9, 21)), uprightS: 30, slouchingS: 30 },
      { ...emptyMinute(at(10, 5)), awayS: 60 },
    ];
    const { x, cumulative, range } = dayTimelineData(minutes, cal, at(12, 0));
    expect(x).toHaveLength(40); // 08:00 .. 17:45
    expect(minutesOfDay(x[0]!)).toBe(8 * 60);
    expect(range.map(minutesOfDay)).toEqual([8 * 60, 18 * 60]);
    const i915 = x.findIndex((s) => minutesOfDay(s) === 9 * 60 + 15);
    const [upright, withSlouch, total] = cumulative;
    expect([upright[i915], withSlouch[i915], total[i915]]).toEqual([1.5, 2, 2]);
    expect(total[i915 + 3]).toBe(1); // 10:00–10:15: one minute away
    expect(total.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("keeps a new user's single slot on today's axis (it once spanned years)", () => {
    // All of today's data in the 10:00 slot: one x value with data, which uPlot's own time
    // range padded by 1000 days.
    const minutes = [0, 1, 2].map((i) => ({ ...emptyMinute(at(10, i)), uprightS: 20 }));
    const { range } = dayTimelineData(minutes, cal, at(10, 4));
    expect(range[0] * 1000).toBeGreaterThanOrEqual(DAY0);
    expect(range[1] * 1000).toBeLessThanOrEqual(DAY_END);
    expect(range.map(minutesOfDay)).toEqual([8 * 60, 18 * 60]);
  });

  it('leaves out minutes of other days', () => {
    const yesterday = { ...emptyMinute(at(9, 0) - 86_400_000), uprightS: 60 };
    const { cumulative } = dayTimelineData([yesterday], cal, at(12, 0));
    expect(cumulative[2].every((v) => v === 0)).toBe(true);
  });

  it('stacks days in hours, centred on each day', () => {
    const minutes = Array.from({ length: 120 }, (_, i) => ({
      ...emptyMinute(at(9, 0) + i * 60_000),
      uprightS: 45,
      slouchingS: 15,
    }));
    const days = dailySummaries(minutes, cal, DAY0 - 86_400_000, 2);
    const stacked = daysStackedData(days);
    expect(stacked.cumulative[0]).toEqual([0, 1.5]);
    expect(stacked.cumulative[1]).toEqual([0, 2]);
    expect(stacked.range).toEqual([(DAY0 - 86_400_000) / 1000 - 43_200, DAY0 / 1000 + 43_200]);
    expect(centredBarsRange([], 60)).toEqual([0, 60]);
  });
});

describe('goal marks on the month', () => {
  /** A day of `count` minutes from 09:00 with this upright/slouching split per minute. */
  const day = (d: number, count: number, uprightS: number, slouchingS: number) =>
    Array.from({ length: count }, (_, i) => ({
      ...emptyMinute(DAY0 + d * 86_400_000 + 9 * HOUR + i * 60_000),
      uprightS,
      slouchingS,
    }));

  it('splits scores by the streak rule: met, missed, or too little time to count', () => {
    const minutes = [
      ...day(0, 60, 50, 10), // score 83 over an hour: met
      ...day(1, 60, 30, 30), // score 50: missed
      ...day(2, 10, 60, 0), // score 100 but ten minutes: rest
      // day 3: nothing
      ...day(4, 30, 42, 18), // score 70 over exactly 30 judged minutes: met (at the goal counts)
    ];
    const days = dailySummaries(minutes, cal, DAY0, 5);
    const s = scoreChartData(days, 70);
    expect(s.verdicts).toEqual(['met', 'missed', 'rest', 'rest', 'met']);
    expect(s.met).toEqual([83, null, null, null, 70]);
    expect(s.missed).toEqual([null, 50, null, null, null]);
    expect(s.rest).toEqual([null, null, 100, null, null]);
  });
});
