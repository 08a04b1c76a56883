import { MINUTE_MS } from '../history/minute';
import { nextLocalTimeOfDay } from './local-time';

/** The pause choices the tray offers. */
export type PauseChoice = { readonly minutes: number } | 'tomorrow';

/** When the morning starts if working hours are off: "until tomorrow" ends then. */
export const DEFAULT_MORNING = '08:00';

/**
 * Epoch ms at which a pause chosen at nowMs ends by itself. "Tomorrow" is the next local morning:
 * the start of working hours when they are on, else 08:00.
 */
export function pauseEnd(
  choice: PauseChoice,
  nowMs: number,
  timeZone: string,
  morning: string = DEFAULT_MORNING,
): number {
  if (choice === 'tomorrow') return nextLocalTimeOfDay(nowMs, timeZone, morning);
  return nowMs + Math.max(1, choice.minutes) * MINUTE_MS;
}
