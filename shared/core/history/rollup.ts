import type { Calendar } from './calendar';
import type { MinuteAggregate } from './minute';
import { summarize, type HistorySummary } from './summary';

export interface DaySummary extends HistorySummary {
  readonly dayStartMs: number;
}

/**
 * Group sorted minutes by local day. Consecutive minutes share a day, so the calendar is asked
 * once per day rather than once per minute (a year is ~200k minutes but only 365 days).
 */
export function minutesByDay(
  minutes: readonly MinuteAggregate[],
  calendar: Calendar,
): Map<number, MinuteAggregate[]> {
  const days = new Map<number, MinuteAggregate[]>();
  let dayStart = Number.NaN;
  let dayEnd = Number.NaN;
  let bucket: MinuteAggregate[] = [];
  for (const m of minutes) {
    if (!(m.minuteStartMs >= dayStart && m.minuteStartMs < dayEnd)) {
      dayStart = calendar.startOfDay(m.minuteStartMs);
      dayEnd = calendar.addDays(dayStart, 1);
      bucket = days.get(dayStart) ?? [];
      days.set(dayStart, bucket);
    }
    bucket.push(m);
  }
  return days;
}

/**
 * One summary per local day for `count` consecutive days starting at firstDayStartMs, including
 * days without data (so charts have a bar slot for every day).
 */
export function dailySummaries(
  minutes: readonly MinuteAggregate[],
  calendar: Calendar,
  firstDayStartMs: number,
  count: number,
): DaySummary[] {
  const lastEnd = calendar.addDays(firstDayStartMs, count);
  const inRange = minutes.filter(
    (m) => m.minuteStartMs >= firstDayStartMs && m.minuteStartMs < lastEnd,
  );
  const byDay = minutesByDay(inRange, calendar);
  const out: DaySummary[] = [];
  for (let i = 0; i < count; i += 1) {
    const dayStartMs = calendar.addDays(firstDayStartMs, i);
    out.push({ dayStartMs, ...summarize(byDay.get(dayStartMs) ?? []) });
  }
  return out;
}

/** The last `days` local days ending with (and including) the day of nowMs. */
export function recentDays(
  minutes: readonly MinuteAggregate[],
  calendar: Calendar,
  nowMs: number,
  days: number,
): DaySummary[] {
  const today = calendar.startOfDay(nowMs);
  return dailySummaries(minutes, calendar, calendar.addDays(today, -(days - 1)), days);
}

/** Minutes of the local day containing nowMs. */
export function minutesOfDay(
  minutes: readonly MinuteAggregate[],
  calendar: Calendar,
  nowMs: number,
): MinuteAggregate[] {
  const start = calendar.startOfDay(nowMs);
  const end = calendar.addDays(start, 1);
  return minutes.filter((m) => m.minuteStartMs >= start && m.minuteStartMs < end);
}
