import type { CameraMode } from './app-effects';
import { applyScheduler, recordPosture, slouchShare, stopVerdicts, type Draft } from './app-draft';
import { respectFacts } from './app-respect';
import { effectiveCoaching, verdictHoldMs } from './camera-light-saver';
import { coachEvaluate } from './coach/posture-coach';
import { postureWatching } from './posture-watching';
import { cameraWanted, mayInterrupt } from './respect/interruptions';
import { isWithinWorkingHours } from './respect/working-hours';
import { naturalBreak, schedulerEvaluate } from './schedule/break-scheduler';
import { routineHolds } from './schedule/routine-hold';
import { absentSince, checkNaturalBreak, forgetCamera } from './schedule/presence';

/**
 * A verdict older than this is treated as "verdicts stopped" (camera died or stalled). The monitor
 * repeats its last verdict as a heartbeat every few seconds even in a still scene
 * (renderer/pose/sampling-policy.ts), so only a real stall gets this old.
 */
export const POSTURE_STALE_MS = 15_000;

/** Everything that follows from time and the new facts: natural breaks, breaks, nudges, camera. */
export function settle(d: Draft, nowMs: number, gapAbsentSinceMs: number | null): void {
  const { breaks } = d.s.settings;

  // With the camera-light saver, a verdict also has to last through the gap between bursts.
  const staleMs = POSTURE_STALE_MS + verdictHoldMs(d.s.settings);
  if (d.s.posture !== null && nowMs - d.s.posture.atMs > staleMs) {
    stopVerdicts(d, Math.min(nowMs, d.s.posture.atMs + staleMs));
  }

  checkAbsence(d, nowMs, gapAbsentSinceMs);

  // A break in progress is the scheduler's own business; a routine on screen makes one wait.
  const allowBreak = mayInterrupt({
    ...respectFacts(d.s, nowMs, gapAbsentSinceMs),
    onBreak: routineHolds(d.s.routine, nowMs),
  });
  applyScheduler(d, schedulerEvaluate(d.s.scheduler, breaks, allowBreak, slouchShare(d.s), nowMs));

  // No nudge during a heads-up either: one interruption at a time.
  const facts = respectFacts(d.s, nowMs, gapAbsentSinceMs);
  const allowNudge = mayInterrupt(facts) && d.s.scheduler.phase.kind !== 'heads-up';
  const coached = coachEvaluate(d.s.coach, effectiveCoaching(d.s.settings), allowNudge, nowMs);
  d.s = { ...d.s, coach: coached.state };
  d.effects.push(...coached.effects);

  // Consent first: before setup is finished, or when it ended without a camera, the camera and
  // the pose model never start, whatever else holds.
  // A calibration page holding the camera follows the same rules: a pause turns it off there too.
  const on = postureWatching(d.s.settings) === 'on' && cameraWanted(facts);
  const mode: CameraMode = d.s.calibrationHold ? 'calibrating' : 'normal';
  const told = d.s.camera;
  if (told?.on !== on || told.mode !== mode) {
    if (!on && told?.on !== false) {
      stopVerdicts(d, nowMs);
      d.s = { ...d.s, presence: forgetCamera(d.s.presence) };
    }
    d.s = { ...d.s, camera: { on, mode } };
    d.effects.push({ type: 'camera', on, mode });
  }

  recordPosture(d, nowMs, undefined);
}

/** Track the absence in progress; a long enough one is a natural break that resets the timers. */
export function checkAbsence(d: Draft, nowMs: number, gapAbsentSinceMs: number | null): void {
  const { breaks, workingHours } = d.s.settings;
  // Evenings and weekends rest the person too: the first working hour starts with fresh timers.
  const outsideHoursSinceMs = isWithinWorkingHours(workingHours, nowMs, d.s.timeZone)
    ? null
    : (d.s.outsideHoursSinceMs ?? nowMs);
  if (outsideHoursSinceMs !== d.s.outsideHoursSinceMs) d.s = { ...d.s, outsideHoursSinceMs };
  const power = [
    d.s.suspendedSinceMs,
    d.s.lockedSinceMs,
    gapAbsentSinceMs,
    outsideHoursSinceMs,
  ].filter((t): t is number => t !== null);
  const since = absentSince(d.s.presence, power.length ? Math.min(...power) : null, nowMs);
  const natural = checkNaturalBreak(
    d.s.presence,
    since,
    breaks.naturalBreakMinutes,
    breaks.longDurationMinutes,
    nowMs,
  );
  d.s = { ...d.s, presence: natural.presence };
  if (natural.reset === null || d.s.scheduler.phase.kind === 'on-break') return;
  d.s = {
    ...d.s,
    scheduler: naturalBreak(d.s.scheduler, natural.reset.long),
    sinceBreak: { slouchingMs: 0, presentMs: 0 },
  };
  d.effects.push({
    type: 'record',
    fact: { kind: 'natural-break', atMs: nowMs, absentMs: natural.reset.absentMs },
  });
}
