import type { Translate } from '../../../shared/core/i18n/translator';
import { median } from '../../../shared/posture/robust-stats';
import type { MoveId } from './move-ids';
import type { MoveSpec } from './move-specs';
import { MOVE_SPECS } from './move-specs';
import type { PoseFrame } from './pose-frame';

/**
 * Counts repetitions of one move from a stream of pose frames. Pure: `trackMove(state, frame)`
 * returns a new state; time comes from the frames. The first second of frames sets the
 * person's own baseline, so the check is relative to how they sit, not to an ideal body.
 */
export const CALIBRATION_MS = 1_000;
const MIN_CALIBRATION_FRAMES = 3;
/** Smoothing time constant: long enough to calm keypoint jitter, short enough to feel live. */
const SMOOTHING_MS = 150;
/** After this long without a usable frame, feedback says the camera cannot see the person. */
const LOST_AFTER_MS = 1_500;

export type MovePhase = 'calibrating' | 'ready' | 'active';

export interface MoveTrackerState {
  readonly moveId: MoveId;
  readonly phase: MovePhase;
  readonly calibrationStartMs: number | null;
  readonly calibration: readonly (readonly number[])[];
  readonly baseline: readonly number[] | null;
  readonly smoothed: readonly number[] | null;
  readonly lastSeenMs: number | null;
  readonly lastFrameMs: number | null;
  readonly activation: number;
  readonly activeSinceMs: number | null;
  /** The current hold already lasted long enough to count when it is released. */
  readonly holdReached: boolean;
  readonly reps: number;
}

export function startMoveTracker(moveId: MoveId): MoveTrackerState {
  return {
    moveId,
    phase: 'calibrating',
    calibrationStartMs: null,
    calibration: [],
    baseline: null,
    smoothed: null,
    lastSeenMs: null,
    lastFrameMs: null,
    activation: 0,
    activeSinceMs: null,
    holdReached: false,
    reps: 0,
  };
}

function smooth(
  previous: readonly number[] | null,
  next: readonly number[],
  dtMs: number,
): readonly number[] {
  if (!previous || previous.length !== next.length) return next;
  const alpha = 1 - Math.exp(-Math.max(0, dtMs) / SMOOTHING_MS);
  return next.map((value, i) => previous[i]! + alpha * (value - previous[i]!));
}

export function trackMove(
  state: MoveTrackerState,
  frame: PoseFrame,
  spec: MoveSpec = MOVE_SPECS[state.moveId],
): MoveTrackerState {
  // Frames out of order (a late IPC message) would run time backwards: ignore them.
  if (state.lastFrameMs !== null && frame.timeMs < state.lastFrameMs) return state;
  const reading = spec.read(frame.keypoints);
  const seen = { ...state, lastFrameMs: frame.timeMs };
  if (!reading) return seen;

  if (state.phase === 'calibrating') {
    const startMs = state.calibrationStartMs ?? frame.timeMs;
    const calibration = [...state.calibration, reading];
    const done =
      frame.timeMs - startMs >= CALIBRATION_MS && calibration.length >= MIN_CALIBRATION_FRAMES;
    if (!done)
      return { ...seen, calibrationStartMs: startMs, calibration, lastSeenMs: frame.timeMs };
    const baseline = reading.map((_, i) => median(calibration.map((values) => values[i]!)));
    return {
      ...seen,
      phase: 'ready',
      calibrationStartMs: startMs,
      calibration: [],
      baseline,
      smoothed: baseline,
      lastSeenMs: frame.timeMs,
      activation: spec.activation(baseline, baseline),
    };
  }

  const baseline = state.baseline ?? reading;
  const smoothed = smooth(
    state.smoothed,
    reading,
    frame.timeMs - (state.lastSeenMs ?? frame.timeMs),
  );
  const activation = spec.activation(smoothed, baseline);
  const next = { ...seen, smoothed, activation, lastSeenMs: frame.timeMs };

  if (state.phase === 'ready') {
    if (activation < spec.enter) return next;
    return { ...next, phase: 'active', activeSinceMs: frame.timeMs, holdReached: false };
  }
  // Active: held long enough? Released?
  const heldMs = frame.timeMs - (state.activeSinceMs ?? frame.timeMs);
  const holdReached = state.holdReached || heldMs >= spec.minHoldMs;
  if (activation > spec.exit) return { ...next, holdReached };
  return {
    ...next,
    phase: 'ready',
    activeSinceMs: null,
    holdReached: false,
    reps: state.reps + (holdReached ? 1 : 0),
  };
}

/** What the feedback says: the camera lost the person, calibration, or one of the move's cues. */
export type MoveCue = 'lost' | 'calibrating' | 'start' | 'further' | 'hold' | 'release';

/** The words for a cue in the person's language. */
export function moveCueText(moveId: MoveId, cue: MoveCue, t: Translate): string {
  return cue === 'lost' || cue === 'calibrating'
    ? t(`routines:move.${cue}`)
    : t(`routines:moves.${moveId}.${cue}`);
}

export interface MoveFeedback {
  readonly cue: MoveCue;
  readonly text: string;
  readonly reps: number;
  readonly phase: MovePhase | 'lost';
  /** 0..1: how far toward "doing it", for a meter. */
  readonly level: number;
}

/** Live words for the person, given the tracker state at `nowMs`. */
export function moveFeedback(
  state: MoveTrackerState,
  nowMs: number,
  t: Translate,
  spec: MoveSpec = MOVE_SPECS[state.moveId],
): MoveFeedback {
  const feedback = (cue: MoveCue, phase: MoveFeedback['phase'], level: number): MoveFeedback => ({
    cue,
    text: moveCueText(state.moveId, cue, t),
    reps: state.reps,
    phase,
    level,
  });
  const level = Math.min(1, Math.max(0, state.activation / spec.enter));
  const lost =
    state.lastSeenMs === null
      ? nowMs - (state.lastFrameMs ?? nowMs) > LOST_AFTER_MS
      : nowMs - state.lastSeenMs > LOST_AFTER_MS;
  if (lost) return feedback('lost', 'lost', 0);
  switch (state.phase) {
    case 'calibrating':
      return feedback('calibrating', 'calibrating', 0);
    case 'active':
      return feedback(state.holdReached ? 'release' : 'hold', 'active', 1);
    case 'ready':
      return feedback(state.activation > spec.exit ? 'further' : 'start', 'ready', level);
  }
}

/** Run a whole recorded sequence through a tracker (tests, benchmarks, evaluation). */
export function trackSequence(moveId: MoveId, frames: readonly PoseFrame[]): MoveTrackerState {
  return frames.reduce((state, frame) => trackMove(state, frame), startMoveTracker(moveId));
}
