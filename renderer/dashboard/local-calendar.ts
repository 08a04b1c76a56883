import type { Calendar } from '../../main/core/history/calendar';

/** The person's own calendar: local midnight, DST and weekdays, as the browser knows them. */
export function localCalendar(): Calendar {
  return {
    startOfDay(ms) {
      const d = new Date(ms);
      d.setHours(0, 0, 0, 0);
      return d.getTime();
    },
    addDays(dayStartMs, days) {
      const d = new Date(dayStartMs);
      d.setDate(d.getDate() + days);
      d.setHours(0, 0, 0, 0);
      return d.getTime();
    },
    weekday: (dayStartMs) => new Date(dayStartMs).getDay(),
  };
}
