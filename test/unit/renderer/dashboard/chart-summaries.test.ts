import { describe, expect, it } from 'vitest';
import { fixedOffsetCalendar } from '../../../../main/core/history/calendar';
import { emptyMinute } from '../../../../main/core/history/minute';
import { dailySummaries } from '../../../../main/core/history/rollup';
import { summarize } from '../../../../main/core/history/summary';
import { dayTimelineData } from '../../../../renderer/dashboard/chart-data';
import {
  monthSummaryText,
  scoreReadout,
  slotReadout,
  todaySummaryText,
} from '../../../../renderer/dashboard/chart-summaries';
import { dayLabel, timeLabel } from '../../../../renderer/dashboard/format';

const cal = fixedOffsetCalendar(0);
const DAY0 = Date.UTC(2026, 10, 21);
const at = (h: number, m: number): number => DAY0 + h * 3_600_000 + m * 60_000;
const day = (d: number, count: number, uprightS: number, slouchingS: number) =>
  Array.from({ length: count }, (_, i) => ({
    ...emptyMinute(at(9, 0) + d * 86_400_000 + i * 60_000),
    uprightS,
    slouchingS,
  }));

describe('charts in words', () => {
  it("describes today with durations, not '1 minutes'", () => {
    expect(todaySummaryText(summarize([]))).toBe('No posture data yet today.');
    const today = summarize([{ ...emptyMinute(0), uprightS: 60, awayS: 30 }]);
    expect(todaySummaryText(today)).toBe('Today: 1 min upright, 0 min slouching, 30 sec away.');
  });

  it('reads out one slot of the timeline', () => {
    const minutes = [{ ...emptyMinute(at(10, 2)), uprightS: 45, slouchingS: 15 }];
    const series = dayTimelineData(minutes, cal, at(12, 0));
    const i = series.x.indexOf(at(10, 0) / 1000);
    const slot = `${timeLabel(at(10, 0))}–${timeLabel(at(10, 15))}`;
    expect(slotReadout(series, 900, i)).toBe(
      `${slot}: 45 sec upright, 15 sec slouching, 0 min away`,
    );
    expect(slotReadout(series, 900, i + 1)).toMatch(/: nothing recorded$/);
  });

  it('names the days that met the goal, by the streak rule', () => {
    const minutes = [...day(0, 120, 45, 15), ...day(1, 10, 60, 0), ...day(2, 60, 20, 40)];
    const days = dailySummaries(minutes, cal, DAY0, 3);
    expect(monthSummaryText(days, 70)).toBe(
      `3 scored days in the last 30 days, average score 69; 1 met the goal of 70: ${dayLabel(DAY0)}. 1 day had too little time at the desk to count.`,
    );
    expect(monthSummaryText(days.slice(0, 1), 80)).toBe(
      '1 scored day in the last 30 days, average score 75; 0 met the goal of 80.',
    );
    expect(monthSummaryText([], 70)).toBe('No scored days in the last 30 days.');
    expect(scoreReadout(days[0]!, 70)).toBe(`${dayLabel(DAY0)}: score 75, met the goal`);
    expect(scoreReadout(days[2]!, 70)).toMatch(/score 33, below the goal of 70$/);
    expect(scoreReadout(days[1]!, 70)).toMatch(/score 100, too little time at the desk/);
  });
});
