/**
 * The app core: one pure state machine that composes the posture coach, the break scheduler,
 * presence and the respect rules. The Electron main process and the browser host hold one
 * AppState, feed it events with the time, and carry out the effects.
 *
 *   let state = initialAppState(settings, clock.now(), { timeZone });
 *   const { state: next, effects } = step(state, { type: 'tick' }, clock.now());
 *   describeStatus(next, clock.now(), wording) // tray + dashboard (describe-status.ts)
 *   breakPromptView(next, clock.now())     // heads-up / break prompt props (break-prompt-view.ts)
 *
 * Public surface: AppState (opaque to callers: read it only through the view functions),
 * initialAppState, step, AppEvent (app-events.ts), AppEffect (app-effects.ts), eventForCommand.
 *
 * Time: every step gets nowMs; nothing here reads a clock. Work time for the break timers accrues
 * between consecutive steps only while the person is working. A gap between steps longer than
 * UNANNOUNCED_SLEEP_GAP_MS (the ticker did not run: the machine slept without telling us) counts as
 * sleep, after BreakTimer's tick-gap check.
 *
 * What the host sends:
 * - a tick about once a second, with `timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone`
 *   so working hours and "until tomorrow" follow the person's zone and its daylight saving
 *   (calendar/time-zone-calendar.ts), a zone change included; step once right after
 *   initialAppState so the first `camera` effect says whether to start the camera (never before
 *   the person agreed to it by finishing setup: posture-watching.ts);
 * - every posture report, monitor status, settings change, power event, fullscreen/dnd/call
 *   change (where the platform knows them: main/platform/signals), and `idle` every 5-10 s (powerMonitor.getSystemIdleTime());
 * - the person's choices as events (eventForCommand maps tray/IPC commands).
 * What it does with effects: see app-effects.ts; `record` facts go to history.
 */
import type { AppEffect } from './app-effects';
import type { AppEvent } from './app-events';
import { effectiveCoaching, verdictHoldMs } from './camera-light-saver';
import {
  coachEvaluate,
  coachObserve,
  initialCoachState,
  type CoachState,
} from './coach/posture-coach';
import { advancePostureLog, type PostureLog } from './coach/posture-log';
import type { MonitorStatus, PostureState } from './posture-status';
import { postureWatching } from './posture-watching';
import { cameraWanted, isWorkTime, mayInterrupt, type RespectFacts } from './respect/interruptions';
import { DEFAULT_MORNING, pauseEnd } from './respect/timed-pause';
import { isWithinWorkingHours } from './respect/working-hours';
import {
  accrueWork,
  finishBreak,
  initialSchedulerState,
  naturalBreak,
  postponeBreak,
  schedulerEvaluate,
  skipBreak,
  takeBreakNow,
  type SchedulerState,
  type SchedulerStep,
} from './schedule/break-scheduler';
import {
  routineHolds,
  routineBackstopMs,
  routineHoldsBreak,
  type RoutineHold,
} from './schedule/routine-hold';
import {
  absentSince,
  checkNaturalBreak,
  forgetCamera,
  initialPresence,
  observeIdle,
  observeVerdict,
  type PresenceState,
} from './schedule/presence';
import type { Settings } from './settings/schema';

export const UNANNOUNCED_SLEEP_GAP_MS = 3 * 60_000;
/**
 * A verdict older than this is treated as "verdicts stopped" (camera died or stalled). The monitor
 * repeats its last verdict as a heartbeat every few seconds even in a still scene
 * (renderer/pose/sampling-policy.ts), so only a real stall gets this old.
 */
export const POSTURE_STALE_MS = 15_000;

export interface AppState {
  readonly settings: Settings;
  /** The person's IANA time zone ("Europe/Berlin"); "UTC" until the host says otherwise. */
  readonly timeZone: string;
  readonly lastMs: number;
  readonly pausedUntilMs: number | null;
  readonly suspendedSinceMs: number | null;
  /** Since when the clock has been outside working hours (a long stretch is a natural break). */
  readonly outsideHoursSinceMs: number | null;
  readonly lockedSinceMs: number | null;
  readonly fullscreen: boolean;
  readonly dnd: boolean;
  /** Another application is using the microphone or the camera. */
  readonly call: boolean;
  readonly monitor: MonitorStatus;
  /** The latest verdict and when it arrived; null when none is fresh. */
  readonly posture: LatestPosture | null;
  readonly presence: PresenceState;
  readonly coach: CoachState;
  readonly scheduler: SchedulerState;
  readonly postureLog: PostureLog;
  /** Slouching and present time since the last break, for the routine's focus. */
  readonly sinceBreak: { readonly slouchingMs: number; readonly presentMs: number };
  /** What the camera was last told; null before the first step. */
  readonly cameraOn: boolean | null;
  /** A routine played outside a break (from the Routines view), while it is on screen. */
  readonly routine: RoutineHold;
}

export interface AppStep {
  readonly state: AppState;
  readonly effects: readonly AppEffect[];
}

export function initialAppState(
  settings: Settings,
  nowMs: number,
  options: { timeZone?: string } = {},
): AppState {
  return {
    settings,
    timeZone: options.timeZone ?? 'UTC',
    lastMs: nowMs,
    pausedUntilMs: null,
    suspendedSinceMs: null,
    outsideHoursSinceMs: null,
    lockedSinceMs: null,
    fullscreen: false,
    dnd: false,
    call: false,
    monitor: { kind: 'starting' },
    posture: null,
    presence: initialPresence,
    coach: initialCoachState,
    scheduler: initialSchedulerState,
    postureLog: null,
    sinceBreak: { slouchingMs: 0, presentMs: 0 },
    cameraOn: null,
    routine: null,
  };
}

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

/** Mutable scratch for one step: the state as it evolves plus the effects so far. */
interface Draft {
  s: AppState;
  effects: AppEffect[];
}

export function step(state: AppState, event: AppEvent, nowMs: number): AppStep {
  const d: Draft = { s: state, effects: [] };
  const gap = nowMs - state.lastMs;
  const sleptUnannounced = gap > UNANNOUNCED_SLEEP_GAP_MS && state.suspendedSinceMs === null;

  if (sleptUnannounced) {
    // Nothing is known about the gap: close what was open at the last moment we knew.
    stopVerdicts(d, state.lastMs);
  } else if (gap > 0 && isWorkTime(respectFacts(state, state.lastMs))) {
    d.s = { ...d.s, scheduler: accrueWork(d.s.scheduler, gap) };
  }
  if (d.s.pausedUntilMs !== null && nowMs >= d.s.pausedUntilMs) {
    d.s = { ...d.s, pausedUntilMs: null };
  }
  if (d.s.routine !== null && !routineHolds(d.s.routine, nowMs)) d.s = { ...d.s, routine: null };
  const gapAbsentSinceMs = sleptUnannounced ? state.lastMs : null;
  // Judge the absence that just passed before the event can end it (a resume, an unlock).
  checkAbsence(d, nowMs, gapAbsentSinceMs);

  applyEvent(d, event, nowMs);
  settle(d, nowMs, gapAbsentSinceMs);
  d.s = { ...d.s, lastMs: Math.max(nowMs, state.lastMs) };
  return { state: d.s, effects: d.effects };
}

/** The latest verdict, with what the live posture view shows: how far from the line, and why. */
export interface LatestPosture {
  readonly state: PostureState;
  readonly atMs: number;
  /** 0..1 on the person's own scale, 0.5 at their slouch line. */
  readonly slouchScore: number;
  /** The classifier's first reason as its metric id (put into words for display), or null. */
  readonly reason: string | null;
}

function applyEvent(d: Draft, event: AppEvent, nowMs: number): void {
  const s = d.s;
  switch (event.type) {
    case 'posture': {
      // Late verdicts after the camera was told to stop are ignored.
      if (s.cameraOn === false) return;
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
      applyScheduler(d, finishBreak(s.scheduler, nowMs));
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

/** Everything that follows from time and the new facts: natural breaks, breaks, nudges, camera. */
function settle(d: Draft, nowMs: number, gapAbsentSinceMs: number | null): void {
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
  const wantCamera = postureWatching(d.s.settings) === 'on' && cameraWanted(facts);
  if (wantCamera !== d.s.cameraOn) {
    if (!wantCamera) {
      stopVerdicts(d, nowMs);
      d.s = { ...d.s, presence: forgetCamera(d.s.presence) };
    }
    d.s = { ...d.s, cameraOn: wantCamera };
    d.effects.push({ type: 'camera', on: wantCamera });
  }

  recordPosture(d, nowMs, undefined);
}

/** Track the absence in progress; a long enough one is a natural break that resets the timers. */
function checkAbsence(d: Draft, nowMs: number, gapAbsentSinceMs: number | null): void {
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

function applyScheduler(d: Draft, result: SchedulerStep): void {
  d.s = { ...d.s, scheduler: result.state };
  d.effects.push(...result.effects);
  if (result.effects.some((e) => e.type === 'break:start'))
    d.s = { ...d.s, sinceBreak: { slouchingMs: 0, presentMs: 0 } };
}

/** Verdicts stopped at `atMs` (camera off, error, stale, or an unannounced sleep). */
function stopVerdicts(d: Draft, atMs: number): void {
  recordPosture(d, atMs, null);
  const coached = coachObserve(d.s.coach, null, null, atMs);
  d.s = { ...d.s, posture: null, coach: coached.state };
  d.effects.push(...coached.effects);
}

function recordPosture(d: Draft, atMs: number, next: PostureState | null | undefined): void {
  const advanced = advancePostureLog(d.s.postureLog, atMs, next);
  let { slouchingMs, presentMs } = d.s.sinceBreak;
  for (const fact of advanced.facts) {
    const ms = fact.toMs - fact.fromMs;
    if (fact.state !== 'away') presentMs += ms;
    if (fact.state === 'slouching') slouchingMs += ms;
    d.effects.push({ type: 'record', fact });
  }
  d.s = { ...d.s, postureLog: advanced.log, sinceBreak: { slouchingMs, presentMs } };
}

function slouchShare(s: AppState): number {
  return s.sinceBreak.presentMs > 0 ? s.sinceBreak.slouchingMs / s.sinceBreak.presentMs : 0;
}
