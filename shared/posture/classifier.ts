import type { PostureReason, PostureReport, PostureState } from '../core/posture-status';
import type { Baseline } from './baseline';
import { initialBaselineFit, stepBaselineFit, type BaselineFitState } from './baseline-fit';
import { slouchScore, type FrameInput, type FrameVerdict } from './frame-verdict';
import { judgeAtPlace } from './places';

/**
 * The live classifier: still-frame verdicts smoothed over time with hysteresis. Pure: the
 * caller passes the time, so a whole hour can be replayed in a test in milliseconds.
 */

/** Time constant of the exponential smoothing of slouch evidence. */
const SMOOTHING_TAU_MS = 2000;
/** Smoothed evidence must reach this to start counting as a slouch... */
const ENTER_SLOUCH = 1;
/** ...and fall below this to count as upright again, so a borderline posture does not flicker. */
const EXIT_SLOUCH = 0.75;
/**
 * How long a new state must persist before it is reported. Slouching waits longest: looking
 * down at the keyboard or a phone for a few seconds looks exactly like a slouch in one frame,
 * and only its duration tells them apart.
 */
export const DWELL_MS: Readonly<Record<PostureState, number>> = {
  slouching: 8000,
  upright: 1500,
  away: 3000,
  uncertain: 3000,
};
/** After a gap this long (camera paused, machine asleep) the old smoothing means nothing. */
const GAP_RESET_MS = 10_000;
/**
 * After a planned gap (see ClassifierOptions.gapBridge) a pending change must also be shown this
 * long by the fresh frames themselves (not only by the smoothed evidence, which one strong frame
 * can carry for a while), or for its dwell time, if shorter: a frame or two at each end of a gap
 * is not enough to call a slouch. The camera-light saver's bursts sample 2.5 s (burst-schedule.ts).
 */
export const BURST_CONFIRM_MS = 1500;

export interface ClassifierOptions {
  /**
   * The camera-light saver closes the camera between short bursts. A silence from `fromMs` to
   * `toMs` long is such a planned gap: the reported posture and a pending change carry over it
   * (a slouch seen at the end of one burst and through the next has lasted the whole gap), while
   * the smoothing starts afresh from the new frames and the gap counts as unobserved. Without
   * it, a gap over 10 s starts from scratch, and a slouch would have to last 8 s inside a burst.
   */
  readonly gapBridge?: { readonly fromMs: number; readonly toMs: number };
}

export interface ClassifierState {
  readonly state: PostureState;
  readonly lastTimeMs: number | null;
  /** Smoothed slouch evidence in tolerance units; null until a posture has been judged. */
  readonly evidence: number | null;
  readonly pending: {
    readonly state: PostureState;
    readonly sinceMs: number;
    /**
     * Only once a planned gap fell inside it: since when the frames after the gap have shown
     * this state themselves, without a break (null: not yet).
     */
    readonly freshSinceMs?: number | null;
  } | null;
  readonly slouchReasons: readonly PostureReason[];
  readonly fit: BaselineFitState;
  /** Which of the camera's calibrated places the frames are judged against. */
  readonly place: number;
}

export interface ClassifierOutput {
  readonly state: ClassifierState;
  /** Includes recalibrationSuggested: the baseline no longer fits what the camera sees. */
  readonly report: PostureReport;
}

export function initialClassifierState(): ClassifierState {
  return {
    state: 'uncertain',
    lastTimeMs: null,
    evidence: null,
    pending: null,
    slouchReasons: [],
    fit: initialBaselineFit(),
    place: 0,
  };
}

const NOT_CALIBRATED: PostureReason = {
  metric: 'calibration',
  deviation: 0,
  message: 'Sit upright and calibrate so Poise learns your posture.',
};

function postureTarget(current: PostureState, evidence: number): PostureState {
  if (evidence >= ENTER_SLOUCH) return 'slouching';
  if (evidence < EXIT_SLOUCH) return 'upright';
  // In the hysteresis band: keep a posture verdict, and lean to upright otherwise.
  return current === 'slouching' ? 'slouching' : 'upright';
}

function reportReasons(
  state: PostureState,
  frame: FrameVerdict,
  slouchReasons: readonly PostureReason[],
) {
  if (state === 'slouching') return slouchReasons;
  if (state === 'away' || state === 'uncertain') {
    return frame.state === state ? frame.reasons : [];
  }
  return [];
}

/**
 * One step: a new frame at `nowMs`, judged against the camera's calibrated places (most recent
 * first). Frames must arrive in time order; one from the past is treated as simultaneous
 * rather than thrown on.
 */
export function stepClassifier(
  previous: ClassifierState,
  frameInput: FrameInput,
  places: readonly Baseline[],
  sensitivity: number,
  nowMs: number,
  options: ClassifierOptions = {},
): ClassifierOutput {
  if (places.length === 0) {
    const state = { ...initialClassifierState(), lastTimeMs: nowMs };
    return {
      state,
      report: { timeMs: nowMs, state: 'uncertain', reasons: [NOT_CALIBRATED], slouchScore: 0 },
    };
  }

  const placed = judgeAtPlace(frameInput, places, previous.place, sensitivity);
  const frame = placed.verdict;
  const gap = previous.lastTimeMs === null ? Infinity : nowMs - previous.lastTimeMs;
  const bridge = options.gapBridge;
  const bridged = bridge !== undefined && gap >= bridge.fromMs && gap <= bridge.toMs;
  const longGap = gap > GAP_RESET_MS && !bridged;
  let base: ClassifierState = previous;
  if (longGap) {
    base = { ...initialClassifierState(), fit: previous.fit, place: placed.place };
  } else if (placed.place !== previous.place) {
    // Evidence and fit measured against another place's calibration mean nothing here; the
    // reported posture stands until the new place's evidence says otherwise.
    base = {
      ...previous,
      evidence: null,
      pending: null,
      fit: initialBaselineFit(),
      place: placed.place,
    };
  }
  if (bridged) {
    base = {
      ...base,
      evidence: null,
      pending: base.pending && { ...base.pending, freshSinceMs: null },
    };
  }
  const elapsedMs = longGap || bridged ? 0 : Math.max(0, gap);

  let evidence = base.evidence;
  let target: PostureState;
  if (frame.state === 'upright' || frame.state === 'slouching') {
    const alpha = evidence === null ? 1 : 1 - Math.exp(-elapsedMs / SMOOTHING_TAU_MS);
    evidence = evidence === null ? frame.evidence : evidence + alpha * (frame.evidence - evidence);
    target = postureTarget(base.state, evidence);
  } else {
    target = frame.state;
  }

  let state = base.state;
  let pending = base.pending;
  if (target === state) {
    pending = null;
  } else if (base.lastTimeMs === null && target !== 'slouching') {
    // The very first reading: nothing to debounce against (a slouch still has to last).
    state = target;
    pending = null;
  } else {
    if (!pending || pending.state !== target) {
      pending = { state: target, sinceMs: nowMs };
    } else if (pending.freshSinceMs !== undefined) {
      const shown = frame.state === target;
      pending = { ...pending, freshSinceMs: shown ? (pending.freshSinceMs ?? nowMs) : null };
    }
    const lasted = nowMs - pending.sinceMs >= DWELL_MS[target];
    const fresh = pending.freshSinceMs;
    const seen =
      fresh === undefined ||
      (fresh !== null && nowMs - fresh >= Math.min(DWELL_MS[target], BURST_CONFIRM_MS));
    if (lasted && seen) {
      state = target;
      pending = null;
    }
  }

  const slouchReasons = frame.state === 'slouching' ? frame.reasons : base.slouchReasons;
  const fit = stepBaselineFit(base.fit, frame, elapsedMs);
  const next: ClassifierState = {
    state,
    lastTimeMs: nowMs,
    evidence,
    pending,
    slouchReasons,
    fit,
    place: placed.place,
  };
  const score = state === 'away' || evidence === null ? 0 : slouchScore(evidence);
  const report: PostureReport = {
    timeMs: nowMs,
    state,
    reasons: reportReasons(state, frame, slouchReasons),
    slouchScore: score,
    recalibrationSuggested: fit.recalibrationSuggested,
  };
  return { state: next, report };
}
