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
 * A step has phases, each in its own file: the event's own facts (app-apply-event.ts), then what
 * follows from time and facts (app-settle.ts), over a shared draft (app-draft.ts); which notices
 * are worth giving is notices.ts's.
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
 * - what happens around it: a calibration page holding the camera, a calibration asked for or
 *   saved, each history write's outcome (notices.ts decides what is worth saying, and when).
 * What it does with effects: see app-effects.ts; `record` facts go to history.
 */
import type { AppEffect, CameraMode } from './app-effects';
import type { AppEvent } from './app-events';
import { applyEvent } from './app-apply-event';
import { stopVerdicts, tellOnce, type Draft } from './app-draft';
import { respectFacts } from './app-respect';
import { checkAbsence, settle } from './app-settle';
import { initialCoachState, type CoachState } from './coach/posture-coach';
import type { PostureLog } from './coach/posture-log';
import { initialNoticeMemory, type NoticeMemory } from './notices';
import type { MonitorStatus, PostureState } from './posture-status';
import { isWorkTime } from './respect/interruptions';
import { accrueWork, initialSchedulerState, type SchedulerState } from './schedule/break-scheduler';
import { routineHolds, type RoutineHold } from './schedule/routine-hold';
import { initialPresence, type PresenceState } from './schedule/presence';
import type { Settings } from './settings/schema';

/** A gap between steps longer than this means the machine slept without telling us. */
export const UNANNOUNCED_SLEEP_GAP_MS = 3 * 60_000;

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
  readonly camera: { readonly on: boolean; readonly mode: CameraMode } | null;
  /** A calibration page has its own camera open (guided recalibration): the monitor stands aside. */
  readonly calibrationHold: boolean;
  /** Which once-only notices were already given. */
  readonly notices: NoticeMemory;
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
    camera: null,
    calibrationHold: false,
    notices: initialNoticeMemory,
    routine: null,
  };
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

  tellOnce(d, event);
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
