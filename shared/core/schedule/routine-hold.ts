import { MINUTE_MS } from '../history/minute';
import type { SchedulerState } from './break-scheduler';

/**
 * A routine on screen holds posture watching off: while the person follows a stretch or a
 * breathing pattern, their posture is not judged, no nudge comes and no slouching is recorded.
 *
 * - In a break, the routine also decides when the break ends (it reports its end through
 *   finishBreak), so the person sees one timer, the routine's, whatever the planned break length.
 * - Outside a break (played from the Routines view), a hold keeps the camera off and breaks waiting
 *   until the routine stops.
 *
 * Both carry a backstop: a window that crashed or was closed without saying so cannot hold
 * anything for longer than the routine plus ROUTINE_OVERRUN_MS.
 */

/** How long past its own length a routine may run (a pause for a phone call, the doctor page). */
export const ROUTINE_OVERRUN_MS = 5 * MINUTE_MS;

/** Until when a routine of `routineSeconds`, started at `nowMs`, may hold a break or the camera. */
export const routineBackstopMs = (routineSeconds: number, nowMs: number): number =>
  nowMs + Math.max(0, routineSeconds) * 1000 + ROUTINE_OVERRUN_MS;

/** The break's routine started: from now on the routine ends the break, sooner or later than planned. */
export function routineHoldsBreak(
  state: SchedulerState,
  routineSeconds: number,
  nowMs: number,
): SchedulerState {
  if (state.phase.kind !== 'on-break') return state;
  return {
    ...state,
    phase: { ...state.phase, routine: true, endsAtMs: routineBackstopMs(routineSeconds, nowMs) },
  };
}

/** A routine played outside a break: until when it holds, or null when none plays. */
export type RoutineHold = { readonly untilMs: number } | null;

/** Whether a routine outside a break still holds at `nowMs`. */
export const routineHolds = (hold: RoutineHold, nowMs: number): boolean =>
  hold !== null && nowMs < hold.untilMs;
