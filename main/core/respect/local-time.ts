import { DAY_MS } from '../history/civil-date';
import { MINUTE_MS } from '../history/minute';

/**
 * Local wall-clock arithmetic without `Date`: the platform tells the core its UTC offset (minutes
 * east of UTC, e.g. 60 for CET, -300 for EST) and everything else is integer maths. A day is taken
 * as 24 h at that offset; the platform sends a fresh offset with ticks, so a DST change is picked up
 * within a tick.
 */
export const HOUR_MS = 3_600_000;

const mod = (a: number, n: number): number => ((a % n) + n) % n;

/** Minutes since local midnight, 0..1439. */
export function localMinuteOfDay(nowMs: number, utcOffsetMinutes: number): number {
  return Math.floor(mod(nowMs + utcOffsetMinutes * MINUTE_MS, DAY_MS) / MINUTE_MS);
}

/** 0 = Sunday .. 6 = Saturday, for the local day containing nowMs (1970-01-01 was a Thursday). */
export function localWeekday(nowMs: number, utcOffsetMinutes: number): number {
  const localDays = Math.floor((nowMs + utcOffsetMinutes * MINUTE_MS) / DAY_MS);
  return mod(localDays + 4, 7);
}

/** "09:30" -> 570. The settings schema guarantees the HH:MM shape. */
export function parseTimeOfDay(text: string): number {
  const [h = '0', m = '0'] = text.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The next instant strictly after nowMs at which the local clock reads `timeOfDay`.
 * "Pause until tomorrow" uses it: at 01:00 that is 08:00 the same date, which is the morning the
 * person means; at 10:00 it is 08:00 the next day.
 */
export function nextLocalTimeOfDay(
  nowMs: number,
  utcOffsetMinutes: number,
  timeOfDay: string,
): number {
  const target = parseTimeOfDay(timeOfDay);
  const localMs = nowMs + utcOffsetMinutes * MINUTE_MS;
  const midnightLocal = localMs - mod(localMs, DAY_MS);
  const candidate = midnightLocal + target * MINUTE_MS - utcOffsetMinutes * MINUTE_MS;
  return candidate > nowMs ? candidate : candidate + DAY_MS;
}
