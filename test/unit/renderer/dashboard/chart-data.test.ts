import { describe, expect, it } from 'vitest';
import { fixedOffsetCalendar } from '../../../../main/core/history/calendar';
import { emptyMinute } from '../../../../main/core/history/minute';
import { dailySummaries } from '../../../../main/core/history/rollup';
import { daysStackedData, dayTimelineData } from '../../../../renderer/dashboard/chart-data';
import { monthSummaryText } from '../../../../renderer/dashboard/chart-summaries';

const cal = fixedOffsetCalendar(0);
const DAY0 = Date.UTC(2026, 10, 21);
const at = (h: number, m: number): number => DAY0 + h * 3_600_000 + m * 60_000;

describe('chart data', () => {
  it('stacks the day into 15-minute slots over whole hours around the data', () => {
    const minutes = [
      { ...emptyMinute(at(9, 20)), uprightS: 60 },
      { ...emptyMinute(at(9, 21)), uprightS: 30, slouchingS: 30 },
      { ...emptyMinute(at(10, 5)), awayS: 60 },
    ];
    const { x, cumulative } = dayTimelineData(minutes, cal, at(12, 0));
    // 09:00 .. 10:15 in 15-minute slots
    expect(x.map((s) => (s * 1000 - DAY0) / 60_000)).toEqual([540, 555, 570, 585, 600]);
    const [upright, withSlouch, total] = cumulative;
    expect(upright).toEqual([0, 1.5, 0, 0, 0]);
    expect(withSlouch).toEqual([0, 2, 0, 0, 0]);
    expect(total).toEqual([0, 2, 0, 0, 1]);
  });

  it('shows an empty working day when there is no data yet', () => {
    const { x, cumulative } = dayTimelineData([], cal, at(7, 0));
    expect(x).toHaveLength(32);
    expect(cumulative[2].every((v) => v === 0)).toBe(true);
  });

  it('stacks days in hours and describes a month in words', () => {
    const minutes = Array.from({ length: 120 }, (_, i) => ({
      ...emptyMinute(at(9, 0) + i * 60_000),
      uprightS: 45,
      slouchingS: 15,
    }));
    const days = dailySummaries(minutes, cal, DAY0 - 86_400_000, 2);
    const stacked = daysStackedData(days);
    expect(stacked.cumulative[0]).toEqual([0, 1.5]);
    expect(stacked.cumulative[1]).toEqual([0, 2]);
    expect(monthSummaryText(days, 70)).toBe(
      '1 scored day in the last 30 days, average score 75; 1 met the goal of 70.',
    );
    expect(monthSummaryText(days, 80)).toContain('0 met the goal of 80');
  });
});
