import type { Settings } from '../settings/schema';
import { timeZoneCalendar } from '../calendar/time-zone-calendar';
import { parseTimeOfDay } from './local-time';

type WorkingHours = Settings['workingHours'];

/**
 * Whether nowMs falls inside the person's working hours. Disabled means "always". A range whose end
 * is before its start runs overnight and belongs to the day it starts on (22:00-06:00 on Friday
 * covers Friday night and the early hours of Saturday). Equal start and end means the whole day.
 * Times are wall-clock times in the person's time zone, so 09:00 stays 09:00 across a clock change.
 */
export function isWithinWorkingHours(
  hours: WorkingHours,
  nowMs: number,
  timeZone: string,
): boolean {
  if (!hours.enabled) return true;
  const { minuteOfDay: minute, weekday: today } = timeZoneCalendar(timeZone).clockAt(nowMs);
  const yesterday = (today + 6) % 7;
  const start = parseTimeOfDay(hours.start);
  const end = parseTimeOfDay(hours.end);
  const works = (day: number): boolean => hours.days.includes(day);
  if (start === end) return works(today);
  if (start < end) return works(today) && minute >= start && minute < end;
  return (works(today) && minute >= start) || (works(yesterday) && minute < end);
}
