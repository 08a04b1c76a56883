import type { LocalTime } from './ports';

/** The person's own clock and time zone, through Intl (the same in Node and in the browser). */
export const systemLocalTime: LocalTime = {
  formatTime: (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
  // getTimezoneOffset is minutes *west* of UTC; the core wants minutes east.
  utcOffsetMinutes: (ms) => -new Date(ms).getTimezoneOffset(),
};
