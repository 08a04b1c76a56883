import type { AppState } from './app-state';
import type { RespectFacts } from './respect/interruptions';
import { isWithinWorkingHours } from './respect/working-hours';
import { routineHolds } from './schedule/routine-hold';
import { absentSince } from './schedule/presence';

/** The respect facts as they stand at nowMs. */
export function respectFacts(
  s: AppState,
  nowMs: number,
  extraAbsentSinceMs: number | null = null,
): RespectFacts {
  const power = [s.suspendedSinceMs, s.lockedSinceMs, extraAbsentSinceMs].filter(
    (t): t is number => t !== null,
  );
  return {
    paused: s.pausedUntilMs !== null && nowMs < s.pausedUntilMs,
    suspended: s.suspendedSinceMs !== null,
    locked: s.lockedSinceMs !== null,
    // A routine on screen is a break from posture watching wherever it was started.
    onBreak: s.scheduler.phase.kind === 'on-break' || routineHolds(s.routine, nowMs),
    withinWorkingHours: isWithinWorkingHours(s.settings.workingHours, nowMs, s.timeZone),
    absent: absentSince(s.presence, power.length ? Math.min(...power) : null, nowMs) !== null,
    fullscreen: s.fullscreen,
    dnd: s.dnd,
    call: s.call,
  };
}
