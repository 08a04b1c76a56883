import type { Calendar } from '../history/calendar';
import { civilFromDays, DAY_MS, daysFromCivil, type CivilDate } from '../history/civil-date';

/**
 * The person's calendar in an IANA time zone ("Europe/Berlin"), daylight saving included: the one
 * calendar model the core (working hours, "pause until tomorrow") and the dashboard (day
 * boundaries, rollups, streaks) share. The wall clock is read with Intl, which takes epoch ms
 * directly, so no `Date` is involved; dates are integer maths (civil-date.ts).
 *
 * Days are local days: 23 h on the day the clocks go forward, 25 h on the day they go back.
 * A wall time that a clock change skips (02:30 when 02:00 jumps to 03:00) is read as the same
 * distance past the gap (03:30); one that happens twice (02:30 when 03:00 goes back to 02:00) is
 * the first of the two. These are the rules of Temporal's 'compatible' disambiguation.
 */
export interface LocalClock {
  readonly date: CivilDate;
  /** 0 = Sunday .. 6 = Saturday. */
  readonly weekday: number;
  /** What the wall clock reads, in minutes since midnight: 0..1439. */
  readonly minuteOfDay: number;
}

export interface TimeZoneCalendar extends Calendar {
  /** The zone actually used ("UTC" when the one asked for is unknown). */
  readonly timeZone: string;
  /** What the local wall clock and calendar read at ms. */
  clockAt(ms: number): LocalClock;
  /** Minutes east of UTC at ms (60 for CET, 120 for CEST, -300 for EST). */
  utcOffsetMinutesAt(ms: number): number;
  /** The instant the wall clock reads minuteOfDay on that date (see the rules above). */
  instantAt(date: CivilDate, minuteOfDay: number): number;
  /**
   * When the wall clock next reads minuteOfDay after ms: that time today if it is still ahead,
   * else tomorrow (instantAt's rules when a clock change touches it).
   */
  nextTimeOfDay(ms: number, minuteOfDay: number): number;
}

const MINUTE_MS = 60_000;
const mod = (a: number, n: number): number => ((a % n) + n) % n;
/** 1970-01-01 was a Thursday. */
const weekdayOfDayNumber = (days: number): number => mod(days + 4, 7);

/** Whether Intl knows the zone (an unknown one makes Intl throw). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const calendars = new Map<string, TimeZoneCalendar>();

/**
 * The calendar of an IANA time zone (cached; cheap to call every tick). An unknown zone gives the
 * UTC calendar rather than an error, so a strange value from the platform never stops the core.
 */
export function timeZoneCalendar(timeZone: string): TimeZoneCalendar {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    calendar = isKnownTimeZone(timeZone) ? makeCalendar(timeZone) : timeZoneCalendar('UTC');
    calendars.set(timeZone, calendar);
  }
  return calendar;
}

function makeCalendar(timeZone: string): TimeZoneCalendar {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

  /** The wall clock at ms, as if it were UTC: day number and ms into the (wall) day. */
  const wallAt = (ms: number): { days: number; msOfDay: number } => {
    const f: Record<string, string> = {};
    for (const part of format.formatToParts(ms)) f[part.type] = part.value;
    const yearOfEra = Number(f.year);
    const year = f.era === 'BC' || f.era === 'B' ? 1 - yearOfEra : yearOfEra;
    const days = daysFromCivil({ year, month: Number(f.month), day: Number(f.day) });
    // Some engines have written midnight as "24" even with h23.
    const hour = Number(f.hour) % 24;
    const msOfDay = ((hour * 60 + Number(f.minute)) * 60 + Number(f.second)) * 1000 + mod(ms, 1000);
    return { days, msOfDay };
  };

  // Ticks come every second and the offset changes at most a few times a year, on a whole
  // minute: remember the last minute's offset (only whole-minute offsets; old local mean times
  // had seconds in them).
  let cachedMinute = Number.NaN;
  let cachedOffsetMs = 0;
  const offsetMsAt = (ms: number): number => {
    const minute = Math.floor(ms / MINUTE_MS);
    if (minute === cachedMinute) return cachedOffsetMs;
    const { days, msOfDay } = wallAt(ms);
    const offsetMs = days * DAY_MS + msOfDay - ms;
    if (offsetMs % MINUTE_MS === 0) {
      cachedMinute = minute;
      cachedOffsetMs = offsetMs;
    }
    return offsetMs;
  };

  const clockAt = (ms: number): LocalClock => {
    const wall = ms + offsetMsAt(ms);
    const days = Math.floor(wall / DAY_MS);
    return {
      date: civilFromDays(days),
      weekday: weekdayOfDayNumber(days),
      minuteOfDay: Math.floor((wall - days * DAY_MS) / MINUTE_MS),
    };
  };

  const instantAt = (date: CivilDate, minuteOfDay: number): number => {
    const wall = daysFromCivil(date) * DAY_MS + minuteOfDay * MINUTE_MS;
    // The offsets in force a day either side bracket any clock change near this wall time.
    const before = offsetMsAt(wall - DAY_MS);
    const after = offsetMsAt(wall + DAY_MS);
    const readsAsWall = (t: number): boolean => t + offsetMsAt(t) === wall;
    const candidates = [wall - before, wall - after].filter(readsAsWall);
    if (candidates.length > 0) return Math.min(...candidates);
    // Skipped by the clock change: read with the offset from before it, i.e. past the gap.
    return wall - before;
  };

  const startOfDay = (ms: number): number => instantAt(clockAt(ms).date, 0);

  const addDays = (dayStartMs: number, days: number): number =>
    instantAt(civilFromDays(daysFromCivil(clockAt(dayStartMs).date) + days), 0);

  return {
    timeZone,
    clockAt,
    utcOffsetMinutesAt: (ms) => Math.round(offsetMsAt(ms) / MINUTE_MS),
    instantAt,
    startOfDay,
    addDays,
    weekday: (dayStartMs) => clockAt(dayStartMs).weekday,
    nextTimeOfDay(ms, minuteOfDay) {
      const today = clockAt(ms).date;
      const sameDay = instantAt(today, minuteOfDay);
      if (sameDay > ms) return sameDay;
      return instantAt(civilFromDays(daysFromCivil(today) + 1), minuteOfDay);
    },
  };
}
