import type { Calendar } from '../../shared/core/history/calendar';
import { timeZoneCalendar } from '../../shared/core/calendar/time-zone-calendar';

let systemZone = { zone: 'UTC', readAtMs: -Infinity };

/** The browser's time zone now ("Europe/Berlin"), read at most once a second (it is slow to ask). */
function systemTimeZone(): string {
  const nowMs = performance.now();
  if (nowMs - systemZone.readAtMs >= 1000) {
    systemZone = {
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      readAtMs: nowMs,
    };
  }
  return systemZone.zone;
}

/**
 * The person's own calendar: local midnight, daylight saving and weekdays in their time zone, by
 * the same model the core uses for working hours (shared/core/calendar/time-zone-calendar.ts). The
 * zone is looked up on each call, so the dashboard follows a zone change while it is open.
 */
export function localCalendar(timeZone: () => string = systemTimeZone): Calendar {
  const current = (): Calendar => timeZoneCalendar(timeZone());
  return {
    startOfDay: (ms) => current().startOfDay(ms),
    addDays: (dayStartMs, days) => current().addDays(dayStartMs, days),
    weekday: (dayStartMs) => current().weekday(dayStartMs),
  };
}
