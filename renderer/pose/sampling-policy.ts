import {
  HEAD_AND_SHOULDERS,
  type Keypoint,
  type KeypointName,
} from '../../shared/posture/keypoints';

/**
 * When to look at the camera and when to run the pose model: pure, time as an argument.
 *
 * The monitor checks a tiny thumbnail of the camera (cheap) on every tick and asks `decide`
 * whether to run the model (costly, ~40 ms of CPU), repeat the last result as a heartbeat
 * (free), or do nothing. About one analysis a second while something moves, relaxing to one
 * every two seconds while the keypoints show a person merely fidgeting in a steady posture, and
 * to one every four once the posture has settled (a 20 s nudge grace period loses nothing, and
 * it is most of what keeps the monitor near 1/10 of a naive every-frame loop). None while the scene is still, except a heartbeat so "away" and the
 * posture state stay fresh, and a periodic refresh in case the thumbnail missed a slow change.
 * Faster while calibrating, during exercises and while the posture is changing, so the
 * classifier sees the transition.
 */
export type MonitorMode = 'normal' | 'calibrating' | 'exercise';

export interface SamplingConfig {
  /** Tick while stable (normal mode): at most one analysis per tick. */
  readonly stableIntervalMs: number;
  /** Tick while the posture is changing. */
  readonly changingIntervalMs: number;
  readonly calibratingIntervalMs: number;
  readonly exerciseIntervalMs: number;
  /** Thumbnail motion score (0..255, see frame-diff.ts) at which the scene counts as moved. */
  readonly motionThreshold: number;
  /** Repeat the last result when nothing has been emitted for this long. */
  readonly heartbeatMs: number;
  /** Run the model at least this often, even in a still scene. */
  readonly refreshMs: number;
  /** Head-and-shoulders shape change (poseChangeBetween, shoulder widths) that means "posture changing". */
  readonly poseChangeThreshold: number;
  /** How long to keep sampling fast after a change was seen. */
  readonly changingHoldMs: number;
  /**
   * Once the keypoints have held steady for `steadyRunsToRelax` analyses in a row (each moved
   * less than `steadyChangeThreshold`), ordinary fidgeting (motion under `largeMotion`) is
   * analysed only every `relaxedIntervalMs`. A large motion still triggers at the next tick.
   */
  readonly steadyChangeThreshold: number;
  readonly steadyRunsToRelax: number;
  readonly relaxedIntervalMs: number;
  readonly largeMotion: number;
  /**
   * Once the keypoints have held steady for `steadyRunsToSettle` analyses in a row, the posture
   * has settled: any motion, large ones included (an arm reaching for the mouse), is analysed
   * only every `settledIntervalMs`. The head and shoulders decide the verdict; a slump moves
   * them, the next look sees the change, and sampling goes fast again (`changingHoldMs`).
   */
  readonly steadyRunsToSettle: number;
  readonly settledIntervalMs: number;
}

export const DEFAULT_SAMPLING: SamplingConfig = {
  stableIntervalMs: 1000,
  changingIntervalMs: 500,
  calibratingIntervalMs: 250,
  exerciseIntervalMs: 200,
  motionThreshold: 2.5,
  heartbeatMs: 3000,
  // Every 20 s, not 10: one forced run costs ~0.3% of a core in a still scene, and a slow slump
  // that never trips the motion check is still caught well inside the 30 s nudge grace period.
  refreshMs: 20_000,
  poseChangeThreshold: 0.1,
  changingHoldMs: 2000,
  steadyChangeThreshold: 0.1,
  steadyRunsToRelax: 2,
  relaxedIntervalMs: 2000,
  largeMotion: 25,
  // Six steady looks take at least 6 s; one look every 4 s then still sees a slump well inside
  // the 20 s nudge grace period.
  steadyRunsToSettle: 6,
  settledIntervalMs: 4000,
};

export interface SamplingState {
  readonly lastAnalysisMs: number | null;
  readonly lastEmitMs: number | null;
  /** Sample fast until then (posture was changing). */
  readonly changingUntilMs: number;
  /** Consecutive analyses in which the keypoints hardly moved. */
  readonly steadyRuns: number;
}

export const initialSamplingState: SamplingState = {
  lastAnalysisMs: null,
  lastEmitMs: null,
  changingUntilMs: -Infinity,
  steadyRuns: 0,
};

export function isSteady(state: SamplingState, config: SamplingConfig = DEFAULT_SAMPLING): boolean {
  return state.steadyRuns >= config.steadyRunsToRelax;
}

export type SamplingDecision = 'analyse' | 'repeat' | 'idle';

export interface TickInput {
  readonly nowMs: number;
  readonly mode: MonitorMode;
  /** Motion since the last analysed frame; null when there is no reference thumbnail yet. */
  readonly motion: number | null;
}

export function isChanging(state: SamplingState, nowMs: number): boolean {
  return nowMs < state.changingUntilMs;
}

export function decide(
  state: SamplingState,
  input: TickInput,
  config: SamplingConfig = DEFAULT_SAMPLING,
): SamplingDecision {
  const { nowMs, mode, motion } = input;
  if (state.lastAnalysisMs === null || motion === null) return 'analyse';
  // Calibration and exercises need every tick: the user is asked to move or hold still on cue.
  if (mode !== 'normal') return 'analyse';
  const sinceAnalysis = nowMs - state.lastAnalysisMs;
  if (motion >= config.motionThreshold) {
    const steady = isSteady(state, config) && !isChanging(state, nowMs);
    const settled = steady && state.steadyRuns >= config.steadyRunsToSettle;
    const waitMs = settled ? config.settledIntervalMs : config.relaxedIntervalMs;
    const deferred = settled || (steady && motion < config.largeMotion);
    if (!deferred || sinceAnalysis >= waitMs) return 'analyse';
  }
  if (sinceAnalysis >= config.refreshMs) return 'analyse';
  const sinceEmit = state.lastEmitMs === null ? Infinity : nowMs - state.lastEmitMs;
  return sinceEmit >= config.heartbeatMs ? 'repeat' : 'idle';
}

/** Milliseconds until the next tick. */
export function nextTickDelay(
  state: SamplingState,
  mode: MonitorMode,
  nowMs: number,
  config: SamplingConfig = DEFAULT_SAMPLING,
): number {
  switch (mode) {
    case 'calibrating':
      return config.calibratingIntervalMs;
    case 'exercise':
      return config.exerciseIntervalMs;
    case 'normal':
      return isChanging(state, nowMs) ? config.changingIntervalMs : config.stableIntervalMs;
  }
}

/** After the model ran. `poseChange` is from `poseChangeBetween`, null when not comparable. */
export function afterAnalysis(
  state: SamplingState,
  nowMs: number,
  poseChange: number | null,
  config: SamplingConfig = DEFAULT_SAMPLING,
): SamplingState {
  const changed = poseChange !== null && poseChange >= config.poseChangeThreshold;
  const steady = poseChange !== null && poseChange < config.steadyChangeThreshold;
  return {
    lastAnalysisMs: nowMs,
    lastEmitMs: nowMs,
    changingUntilMs: changed ? nowMs + config.changingHoldMs : state.changingUntilMs,
    steadyRuns: steady ? state.steadyRuns + 1 : 0,
  };
}

export function afterRepeat(state: SamplingState, nowMs: number): SamplingState {
  return { ...state, lastEmitMs: nowMs };
}

// MoveNet's own threshold for trusting a keypoint when it tracks the crop (MIN_CROP_KEYPOINT_SCORE).
const MIN_SCORE = 0.2;

interface SizedKeypoints {
  readonly keypoints: readonly Keypoint[];
  readonly imageWidth: number;
  readonly imageHeight: number;
}

/**
 * How much the head-and-shoulders shape changed between two samples: the displacement of the
 * confidently seen keypoints after removing their common shift, in units of the (earlier)
 * shoulder width. Swaying or sliding in the chair moves everything together and scores ~0;
 * the head dropping toward the shoulders, or pushing toward the camera, does not. On the shared
 * recordings, frames half a second apart within one posture score 0.03 (median), upright vs
 * slouched 0.12 (median, 0.09 at p10); raw displacement overlapped the two. Null when fewer than three keypoints
 * are confident in both, or no shoulder width is known.
 */
export function poseChangeBetween(a: SizedKeypoints, b: SizedKeypoints): number | null {
  const byName = (s: SizedKeypoints, name: KeypointName) =>
    s.keypoints.find((k) => k.name === name);
  const px = (k: Keypoint, s: SizedKeypoints) => ({
    x: k.x * s.imageWidth,
    y: k.y * s.imageHeight,
  });
  const ls = byName(a, 'left_shoulder');
  const rs = byName(a, 'right_shoulder');
  if (!ls || !rs || ls.score < MIN_SCORE || rs.score < MIN_SCORE) return null;
  const l = px(ls, a);
  const r = px(rs, a);
  const shoulderWidth = Math.hypot(l.x - r.x, l.y - r.y);
  if (!(shoulderWidth > 0)) return null;
  const moves: { dx: number; dy: number }[] = [];
  for (const name of HEAD_AND_SHOULDERS) {
    const ka = byName(a, name);
    const kb = byName(b, name);
    if (!ka || !kb || ka.score < MIN_SCORE || kb.score < MIN_SCORE) continue;
    const pa = px(ka, a);
    const pb = px(kb, b);
    moves.push({ dx: pb.x - pa.x, dy: pb.y - pa.y });
  }
  if (moves.length < 3) return null;
  const meanDx = moves.reduce((sum, m) => sum + m.dx, 0) / moves.length;
  const meanDy = moves.reduce((sum, m) => sum + m.dy, 0) / moves.length;
  const residual =
    moves.reduce((sum, m) => sum + Math.hypot(m.dx - meanDx, m.dy - meanDy), 0) / moves.length;
  return residual / shoulderWidth;
}
