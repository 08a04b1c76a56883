import { DAY_MS } from './civil-date';

/**
 * Where local days begin. Rollups and streaks are about the person's days, which depend on their
 * time zone (and DST); core code gets that knowledge as this port instead of calling `Date`.
 * The one implementation for people is `timeZoneCalendar(zone)` (calendar/time-zone-calendar.ts),
 * which the dashboard gets through `localCalendar()` (renderer/dashboard/local-calendar.ts); tests
 * may pass a fixed offset.
 */
export interface Calendar {
  /** Start (ms) of the local day containing ms. */
  startOfDay(ms: number): number;
  /** Start of the local day `days` after the day starting at dayStartMs (DST-safe). */
  addDays(dayStartMs: number, days: number): number;
  /** Day of the week of the local day starting at dayStartMs: 0 = Sunday .. 6 = Saturday. */
  weekday(dayStartMs: number): number;
}

/** Weekday of a day number (days since 1970-01-01, which was a Thursday): 0 = Sunday. */
const weekdayOfDayNumber = (days: number): number => (((days + 4) % 7) + 7) % 7;

/** A calendar at a fixed offset from UTC (minutes east, e.g. 60 for CET). No DST. */
export function fixedOffsetCalendar(offsetMinutes: number): Calendar {
  const offsetMs = offsetMinutes * 60_000;
  return {
    startOfDay: (ms) => Math.floor((ms + offsetMs) / DAY_MS) * DAY_MS - offsetMs,
    addDays: (dayStartMs, days) => dayStartMs + days * DAY_MS,
    weekday: (dayStartMs) => weekdayOfDayNumber(Math.floor((dayStartMs + offsetMs) / DAY_MS)),
  };
}
