import { describe, expect, it } from 'vitest';
import { fixedOffsetCalendar } from '../../../../../shared/core/history/calendar';
import { emptyMinute, type MinuteAggregate } from '../../../../../shared/core/history/minute';
import {
  dailySummaries,
  minutesOfDay,
  recentDays,
} from '../../../../../shared/core/history/rollup';
import { computeStreaks, dayVerdict } from '../../../../../shared/core/history/streaks';
import { postureScore, summarize } from '../../../../../shared/core/history/summary';

const cal = fixedOffsetCalendar(60); // CET
const DAY = 86_400_000;
/** Local midnight (CET) of 2026-11-02, a Monday. */
const MON = Date.UTC(2026, 10, 2) - 3_600_000;

/** `count` minutes from local 09:00 of day `day`, each with the given upright/slouching split. */
function workday(
  day: number,
  count: number,
  uprightS: number,
  slouchingS: number,
): MinuteAggregate[] {
  return Array.from({ length: count }, (_, i) => ({
    ...emptyMinute(MON + day * DAY + 9 * 3_600_000 + i * 60_000),
    uprightS,
    slouchingS,
  }));
}

describe('summary and score', () => {
  it('scores the upright share of judged time and ignores away and uncertain', () => {
    const s = summarize([
      { ...emptyMinute(0), uprightS: 45, slouchingS: 15, nudges: 2 },
      { ...emptyMinute(60_000), awayS: 60, breaksTaken: 1, routinesDone: ['a', 'b'] },
      { ...emptyMinute(120_000), uprightS: 45, slouchingS: 15, uncertainS: 0, routinesDone: ['a'] },
      ...workday(0, 8, 30, 30),
    ]);
    expect(s.score).toBe(Math.round((100 * (90 + 240)) / (120 + 480)));
    expect(s.uprightShare).toBeCloseTo(330 / 600);
    expect(s.nudges).toBe(2);
    expect(s.breaksTaken).toBe(1);
    expect(s.routines).toEqual({ a: 2, b: 1 });
  });

  it('gives no score for too little judged time', () => {
    expect(postureScore(100, 100)).toBeNull();
    expect(postureScore(300, 0)).toBe(100);
    expect(summarize([]).uprightShare).toBeNull();
  });

  it('has nothing to score while no time was judged (only uncertain or away)', () => {
    const s = summarize([
      { ...emptyMinute(0), uncertainS: 20, awayS: 40 },
      { ...emptyMinute(60_000), uncertainS: 10 },
    ]);
    expect(s.judgedS).toBe(0);
    expect(s.presentS).toBe(30);
    expect(s.score).toBeNull();
    // Not "0% upright" for someone Poise never saw slouch.
    expect(s.uprightShare).toBeNull();
    const judged = summarize([{ ...emptyMinute(0), uprightS: 20, uncertainS: 20 }]);
    expect(judged.judgedS).toBe(20);
    expect(judged.uprightShare).toBeCloseTo(0.5);
  });

  it('rolls minutes into local days, including empty days', () => {
    const minutes = [...workday(0, 60, 60, 0), ...workday(2, 30, 30, 30)];
    const days = dailySummaries(minutes, cal, MON, 7);
    expect(days.map((d) => d.presentS)).toEqual([3600, 0, 1800, 0, 0, 0, 0]);
    expect(days[0]?.dayStartMs).toBe(MON);
    // 23:30 UTC on Monday is already Tuesday in CET
    const lateMinute = { ...emptyMinute(Date.UTC(2026, 10, 2, 23, 30)), uprightS: 60 };
    expect(minutesOfDay([lateMinute], cal, MON + DAY + 1)).toEqual([lateMinute]);
    expect(recentDays(minutes, cal, MON + 2 * DAY + 5, 3).map((d) => d.presentS)).toEqual([
      3600, 0, 1800,
    ]);
  });
});

describe('calendar', () => {
  it('names local weekdays, east and west of UTC', () => {
    expect(cal.weekday(MON)).toBe(1);
    expect(cal.weekday(MON + 6 * DAY)).toBe(0);
    const newYork = fixedOffsetCalendar(-300);
    // 1970-01-01 was a Thursday, in New York as in Greenwich.
    expect(newYork.weekday(newYork.startOfDay(12 * 3_600_000))).toBe(4);
    expect(fixedOffsetCalendar(0).weekday(-DAY)).toBe(3);
  });
});

describe('streaks', () => {
  const good = (day: number): MinuteAggregate[] => workday(day, 60, 50, 10); // score 83
  const bad = (day: number): MinuteAggregate[] => workday(day, 60, 20, 40); // score 33

  it('counts goal days in a row, skipping rest days', () => {
    // Mon..Fri good, weekend off, next Mon good
    const minutes = [0, 1, 2, 3, 4, 7].flatMap(good);
    expect(computeStreaks(minutes, cal, MON + 7 * DAY + 20 * 3_600_000, 70)).toEqual({
      current: 6,
      longest: 6,
      daysMet: 6,
    });
  });

  it('a missed day breaks the streak; longest is remembered', () => {
    const minutes = [...[0, 1, 2].flatMap(good), ...bad(3), ...good(4)];
    expect(computeStreaks(minutes, cal, MON + 4 * DAY + 20 * 3_600_000, 70)).toEqual({
      current: 1,
      longest: 3,
      daysMet: 4,
    });
  });

  it('an unfinished today below the goal does not break the streak yet', () => {
    const minutes = [...[0, 1].flatMap(good), ...bad(2)];
    expect(computeStreaks(minutes, cal, MON + 2 * DAY + 12 * 3_600_000, 70).current).toBe(2);
    expect(computeStreaks(minutes, cal, MON + 3 * DAY + 12 * 3_600_000, 70).current).toBe(0);
  });

  it('judges one day the way streaks do', () => {
    expect(dayVerdict({ judgedS: 30 * 60, score: 70 }, 70)).toBe('met');
    expect(dayVerdict({ judgedS: 30 * 60, score: 69 }, 70)).toBe('missed');
    expect(dayVerdict({ judgedS: 30 * 60 - 1, score: 100 }, 70)).toBe('rest');
    expect(dayVerdict({ judgedS: 0, score: null }, 70)).toBe('rest');
  });

  it('a short day is a rest day', () => {
    const minutes = [...good(0), ...workday(1, 10, 0, 60), ...good(2)];
    expect(computeStreaks(minutes, cal, MON + 2 * DAY + 20 * 3_600_000, 70).current).toBe(2);
  });
});
