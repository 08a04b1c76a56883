import type { LocalTime } from './ports';

/** The person's own clock (Intl in both Node and the browser) and time zone; "tomorrow" means 08:00 local on the next day. */
export const systemLocalTime: LocalTime = {
  formatTime: (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
  nextMorning(nowMs) {
    const next = new Date(nowMs);
    next.setDate(next.getDate() + 1);
    next.setHours(8, 0, 0, 0);
    return next.getTime();
  },
};
