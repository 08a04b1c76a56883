import type { AppEvent } from './app-events';
import {
  applyScheduler,
  recordPosture,
  recordRoutine,
  slouchShare,
  stopVerdicts,
  type Draft,
} from './app-draft';
import { coachObserve } from './coach/posture-coach';
import { DEFAULT_MORNING, pauseEnd } from './respect/timed-pause';
import { finishBreak, postponeBreak, skipBreak, takeBreakNow } from './schedule/break-scheduler';
import { routineBackstopMs, routineHoldsBreak } from './schedule/routine-hold';
import { observeIdle, observeVerdict } from './schedule/presence';

/** The event's own facts, folded into the draft; what follows from them is settle's (app-settle.ts). */
export function applyEvent(d: Draft, event: AppEvent, nowMs: number): void {
  const s = d.s;
  switch (event.type) {
    case 'posture': {
      // Late verdicts after the camera was told to stop are ignored.
      if (s.camera?.on === false) return;
      const verdict = event.report.state;
      const reason = event.report.reasons[0]?.metric ?? null;
      recordPosture(d, nowMs, verdict);
      const coached = coachObserve(d.s.coach, verdict, reason, nowMs);
      d.s = {
        ...d.s,
        posture: {
          state: verdict,
          atMs: nowMs,
          slouchScore: event.report.slouchScore,
          reason,
        },
        presence: observeVerdict(d.s.presence, verdict === 'away', nowMs),
        coach: coached.state,
      };
      d.effects.push(...coached.effects);
      return;
    }
    case 'tick':
      if (event.timeZone !== undefined && event.timeZone !== s.timeZone)
        d.s = { ...s, timeZone: event.timeZone };
      return;
    case 'power':
      switch (event.what) {
        case 'suspend':
          d.s = { ...s, suspendedSinceMs: s.suspendedSinceMs ?? nowMs };
          return;
        case 'resume':
          d.s = { ...s, suspendedSinceMs: null };
          return;
        case 'lock':
          d.s = { ...s, lockedSinceMs: s.lockedSinceMs ?? nowMs };
          return;
        case 'unlock':
          d.s = { ...s, lockedSinceMs: null };
          return;
      }
      return;
    case 'idle':
      d.s = { ...s, presence: observeIdle(s.presence, event.idleSeconds, nowMs) };
      return;
    case 'pause': {
      const morning = s.settings.workingHours.enabled
        ? s.settings.workingHours.start
        : DEFAULT_MORNING;
      const until =
        event.until === 'tomorrow' ? pauseEnd('tomorrow', nowMs, s.timeZone, morning) : event.until;
      if (until > nowMs) d.s = { ...s, pausedUntilMs: until };
      return;
    }
    case 'resume':
      d.s = { ...s, pausedUntilMs: null };
      return;
    case 'break:take-now':
      applyScheduler(
        d,
        takeBreakNow(s.scheduler, s.settings.breaks, event.kind, slouchShare(s), nowMs),
      );
      return;
    case 'break:postpone':
      applyScheduler(d, postponeBreak(s.scheduler, s.settings.breaks, nowMs));
      return;
    case 'break:skip':
      applyScheduler(d, skipBreak(s.scheduler, s.settings.breaks, nowMs));
      return;
    case 'break:finished':
      if (event.routineId !== undefined) recordRoutine(d, event.routineId, nowMs);
      applyScheduler(d, finishBreak(s.scheduler, nowMs));
      return;
    case 'routine:finished':
      recordRoutine(d, event.routineId, nowMs);
      return;
    case 'calibration:hold':
      d.s = { ...s, calibrationHold: event.on };
      return;
    case 'calibration:requested':
    case 'calibration:saved':
    case 'history:saved':
    case 'history:not-saved':
      // Only what is worth saying changes (tellOnce).
      return;
    case 'routine:started':
      // A break's routine holds its break (none once the break is over); another holds the camera.
      d.s = event.inBreak
        ? { ...s, scheduler: routineHoldsBreak(s.scheduler, event.seconds, nowMs) }
        : { ...s, routine: { untilMs: routineBackstopMs(event.seconds, nowMs) } };
      return;
    case 'routine:stopped':
      d.s = { ...s, routine: null };
      return;
    case 'settings':
      d.s = { ...s, settings: event.settings };
      return;
    case 'fullscreen':
      d.s = { ...s, fullscreen: event.on };
      return;
    case 'dnd':
      d.s = { ...s, dnd: event.on };
      return;
    case 'call':
      d.s = { ...s, call: event.on };
      return;
    case 'monitor-status':
      d.s = { ...s, monitor: event.status };
      // A monitor in error or stopped (paused, quitting) sends no more verdicts: close the span now.
      if (event.status.kind === 'error' || event.status.kind === 'stopped') stopVerdicts(d, nowMs);
      return;
  }
}
