import type { LocalTime } from './ports';

/**
 * The person's own time zone (the same in Node and in the browser). Clock times in words come
 * from the Wording, which follows the language setting and the system's locales.
 */
export const systemLocalTime: LocalTime = {
  // Read afresh each time: a zone change while running reaches the core at the next tick.
  timeZone: () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && zone !== 'Etc/Unknown') return zone;
    // Some systems leave Intl without a zone: fall back to today's whole-hour offset (Etc/GMT
    // signs are inverted), which still moves with daylight saving from one tick to the next.
    const hoursEast = -new Date().getTimezoneOffset() / 60;
    if (!Number.isInteger(hoursEast) || hoursEast === 0) return 'UTC';
    return `Etc/GMT${hoursEast > 0 ? '-' : '+'}${Math.abs(hoursEast)}`;
  },
};
