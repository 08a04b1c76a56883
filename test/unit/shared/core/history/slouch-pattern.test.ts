import { describe, expect, it } from 'vitest';
import { fixedOffsetCalendar } from '../../../../../shared/core/history/calendar';
import { emptyMinute, type MinuteAggregate } from '../../../../../shared/core/history/minute';
import {
  MIN_DAYS_FOR_HOURS,
  MIN_DAYS_FOR_WEEKDAYS,
  slouchPattern,
} from '../../../../../shared/core/history/slouch-pattern';

const cal = fixedOffsetCalendar(60); // CET
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Local midnight (CET) of Monday 2026-11-02. */
const MON = Date.UTC(2026, 10, 2) - HOUR;

/**
 * One working day, 09:00–17:00 local, every minute judged: `slouchingS` of each minute slouched,
 * except in the hours listed in `slumpHours`, which slouch `slumpS`.
 */
function day(
  dayIndex: number,
  slouchingS = 10,
  slumpHours: readonly number[] = [],
  slumpS = 30,
): MinuteAggregate[] {
  return Array.from({ length: 8 * 60 }, (_, i) => {
    const hour = 9 + Math.floor(i / 60);
    const s = slumpHours.includes(hour) ? slumpS : slouchingS;
    return {
      ...emptyMinute(MON + dayIndex * DAY + 9 * HOUR + i * 60_000),
      uprightS: 60 - s,
      slouchingS: s,
    };
  });
}

/** The last day in the data, as "now" (evening). */
const nowAfter = (lastDay: number): number => MON + lastDay * DAY + 20 * HOUR;

describe('slouch pattern', () => {
  it('says nothing before it has enough days', () => {
    const days = Array.from({ length: MIN_DAYS_FOR_HOURS - 1 }, (_, d) => day(d, 10, [15]));
    const p = slouchPattern(days.flat(), cal, nowAfter(days.length - 1));
    expect(p.daysCounted).toBe(MIN_DAYS_FOR_HOURS - 1);
    expect(p.enoughForHours).toBe(false);
    expect(p.peakHours).toBeNull();
    expect(p.enoughForWeekdays).toBe(false);
    expect(p.peakWeekday).toBeNull();
  });

  it('finds the hour of the afternoon slump in local time', () => {
    const minutes = [0, 1, 2, 3, 4].flatMap((d) => day(d, 10, [15]));
    const p = slouchPattern(minutes, cal, nowAfter(4));
    expect(p.enoughForHours).toBe(true);
    expect(p.peakHours).toEqual({ from: 15, to: 16 });
    expect(p.byHour[15]?.share).toBeCloseTo(0.5);
    expect(p.byHour[9]?.share).toBeCloseTo(10 / 60);
    expect(p.byHour[3]).toEqual({ judgedS: 0, slouchingS: 0, share: null });
    // Five days are too few to compare weekdays.
    expect(p.peakWeekday).toBeNull();
  });

  it('widens the peak over neighbouring hours that slouch as much', () => {
    const minutes = [0, 1, 2, 3, 4].flatMap((d) => day(d, 10, [14, 15, 16]));
    expect(slouchPattern(minutes, cal, nowAfter(4)).peakHours).toEqual({ from: 14, to: 17 });
  });

  it('finds no peak when slouching is spread evenly', () => {
    const minutes = [0, 1, 2, 3, 4].flatMap((d) => day(d, 12));
    const p = slouchPattern(minutes, cal, nowAfter(4));
    expect(p.enoughForHours).toBe(true);
    expect(p.peakHours).toBeNull();
  });

  it('finds no peak in a person who never slouches', () => {
    const minutes = [0, 1, 2, 3, 4].flatMap((d) => day(d, 0));
    expect(slouchPattern(minutes, cal, nowAfter(4)).peakHours).toBeNull();
  });

  it('finds the weekday after two weeks, by local weekday', () => {
    // Two working weeks; Thursdays (days 3 and 10) slouch all day long.
    const weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11];
    const minutes = weekdays.flatMap((d) => (d % 7 === 3 ? day(d, 30) : day(d, 10)));
    const p = slouchPattern(minutes, cal, nowAfter(11));
    expect(p.daysCounted).toBe(MIN_DAYS_FOR_WEEKDAYS);
    expect(p.enoughForWeekdays).toBe(true);
    expect(p.peakWeekday).toBe(4); // Thursday
    expect(p.byWeekday[0]?.share).toBeNull(); // no Sunday data
  });

  it('counts only days with half an hour judged, and only the recent weeks', () => {
    const short = Array.from({ length: 20 }, (_, i) => ({
      ...emptyMinute(MON + 9 * HOUR + i * 60_000),
      uprightS: 60,
    }));
    const old = [0, 1, 2, 3, 4].flatMap((d) => day(d - 100, 10, [15]));
    const p = slouchPattern([...old, ...short], cal, nowAfter(0));
    expect(p.daysCounted).toBe(0);
    expect(p.byHour[15]?.judgedS).toBe(0);
  });

  it('puts a minute after local midnight in the local day and hour', () => {
    // 23:30 UTC on Sunday is 00:30 on Monday in CET.
    const minutes = [0, 1, 2, 3, 4].flatMap((d) => day(d));
    const late = { ...emptyMinute(MON + 30 * 60_000), slouchingS: 60 };
    const p = slouchPattern([late, ...minutes], cal, nowAfter(4));
    expect(p.byHour[0]?.slouchingS).toBe(60);
    expect(p.byWeekday[1]?.slouchingS).toBeGreaterThan(p.byWeekday[2]!.slouchingS);
  });
});
