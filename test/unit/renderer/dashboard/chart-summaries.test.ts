import { describe, expect, it } from 'vitest';
import { fixedOffsetCalendar } from '../../../../shared/core/history/calendar';
import { emptyMinute } from '../../../../shared/core/history/minute';
import { dailySummaries } from '../../../../shared/core/history/rollup';
import { summarize } from '../../../../shared/core/history/summary';
import { dayTimelineData } from '../../../../renderer/dashboard/chart-data';
import {
  daysSummaryText,
  monthSummaryText,
  scoreReadout,
  slotReadout,
  todaySummaryText,
} from '../../../../renderer/dashboard/chart-summaries';
import { dayLabel, timeLabel } from '../../../../renderer/dashboard/format';
import { wordingFor } from '../../../../shared/core/i18n/wording';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');

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
    expect(todaySummaryText(en, summarize([]))).toBe('No posture data yet today.');
    const today = summarize([{ ...emptyMinute(0), uprightS: 60, awayS: 30 }]);
    expect(todaySummaryText(en, today)).toBe('Today: 1 min upright, 0 min slouching, 30 sec away.');
  });

  it('reads out one slot of the timeline', () => {
    const minutes = [{ ...emptyMinute(at(10, 2)), uprightS: 45, slouchingS: 15 }];
    const series = dayTimelineData(minutes, cal, at(12, 0));
    const i = series.x.indexOf(at(10, 0) / 1000);
    const slot = `${timeLabel(en, at(10, 0))}–${timeLabel(en, at(10, 15))}`;
    expect(slotReadout(en, series, 900, i)).toBe(
      `${slot}: 45 sec upright, 15 sec slouching, 0 min away`,
    );
    expect(slotReadout(en, series, 900, i + 1)).toMatch(/: nothing recorded$/);
  });

  it('names the days that met the goal, by the streak rule', () => {
    const minutes = [...day(0, 120, 45, 15), ...day(1, 10, 60, 0), ...day(2, 60, 20, 40)];
    const days = dailySummaries(minutes, cal, DAY0, 3);
    expect(monthSummaryText(en, days, 70)).toBe(
      `3 scored days in the last 30 days, average score 69; 1 met the goal of 70: ${dayLabel(en, DAY0)}. 1 day had too little time at the desk to count.`,
    );
    expect(monthSummaryText(en, days.slice(0, 1), 80)).toBe(
      '1 scored day in the last 30 days, average score 75; 0 met the goal of 80.',
    );
    expect(monthSummaryText(en, [], 70)).toBe('No scored days in the last 30 days.');
    expect(scoreReadout(en, days[0]!, 70)).toBe(`${dayLabel(en, DAY0)}: score 75, met the goal`);
    expect(scoreReadout(en, days[2]!, 70)).toMatch(/score 33, below the goal of 70$/);
    expect(scoreReadout(en, days[1]!, 70)).toMatch(/score 100, too little time at the desk/);
  });

  it('describes the charts in German, with German dates and plural forms', () => {
    const today = summarize([{ ...emptyMinute(0), uprightS: 60, awayS: 30 }]);
    expect(todaySummaryText(de, today)).toBe(
      'Heute: 1 Min. aufrecht, 0 Min. krumm, 30 Sek. abwesend.',
    );
    const minutes = [...day(0, 120, 45, 15), ...day(1, 10, 60, 0), ...day(2, 60, 20, 40)];
    const days = dailySummaries(minutes, cal, DAY0, 3);
    // 21 November 2026 is a Saturday.
    expect(monthSummaryText(de, days, 70)).toBe(
      '3 bewertete Tage in den letzten 30 Tagen, Durchschnittswert 69; an 1 Tag das Ziel von 70 erreicht: Sa., 21. Nov. An 1 Tag war die Zeit am Schreibtisch zu kurz, um zu zählen.',
    );
    expect(monthSummaryText(de, days.slice(0, 1), 80)).toBe(
      '1 bewerteter Tag in den letzten 30 Tagen, Durchschnittswert 75; an 0 Tagen das Ziel von 80 erreicht.',
    );
    expect(scoreReadout(de, days[0]!, 70)).toBe('Sa., 21. Nov.: Wert 75, Ziel erreicht');
    expect(daysSummaryText(de, days.slice(0, 1))).toMatch(
      /^An 1 von 1 Tag erfasst\. Bester Tag: Sa\., 21\. Nov\. mit Wert 75\. /,
    );
    expect(daysSummaryText(en, days)).toMatch(/^3 of 3 days tracked\. Best day /);
    const series = dayTimelineData([], cal, at(12, 0));
    expect(slotReadout(de, series, 900, 0)).toBe('8:00–8:15: nichts aufgezeichnet');
  });
});
