import { timeZoneCalendar } from '../calendar/time-zone-calendar';

/**
 * The person's wall clock for the respect rules, in their IANA time zone (daylight saving
 * included): the platform sends the zone with ticks, and the calendar model
 * (calendar/time-zone-calendar.ts, shared with the dashboard) does the rest without `Date`.
 */
export const HOUR_MS = 3_600_000;

/** Minutes since local midnight as the wall clock reads them, 0..1439. */
export function localMinuteOfDay(nowMs: number, timeZone: string): number {
  return timeZoneCalendar(timeZone).clockAt(nowMs).minuteOfDay;
}

/** 0 = Sunday .. 6 = Saturday, for the local day containing nowMs. */
export function localWeekday(nowMs: number, timeZone: string): number {
  return timeZoneCalendar(timeZone).clockAt(nowMs).weekday;
}

/** "09:30" -> 570. The settings schema guarantees the HH:MM shape. */
export function parseTimeOfDay(text: string): number {
  const [h = '0', m = '0'] = text.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The next instant after nowMs at which the local clock reads `timeOfDay`.
 * "Pause until tomorrow" uses it: at 01:00 that is 08:00 the same date, which is the morning the
 * person means; at 10:00 it is 08:00 the next day, an hour nearer or further when the clocks change overnight.
 */
export function nextLocalTimeOfDay(nowMs: number, timeZone: string, timeOfDay: string): number {
  return timeZoneCalendar(timeZone).nextTimeOfDay(nowMs, parseTimeOfDay(timeOfDay));
}
