import type { Baseline } from './baseline';
import type { FrameVerdict } from './frame-verdict';

/**
 * Notices that the calibration no longer describes what the camera sees (the laptop lid was
 * tilted, the webcam moved to another monitor) and asks, gently, for a recalibration. It looks
 * for signs posture cannot explain, sustained for a minute, so a stretch or a visitor does not
 * trigger it.
 */
export interface BaselineFitState {
  /** Time-weighted share of recent frames that did not fit the baseline, 0..1. */
  readonly misfit: number;
  /** How long frames with a person in them have been observed, capped at the window. */
  readonly observedMs: number;
  readonly recalibrationSuggested: boolean;
}

const WINDOW_MS = 60_000;
const SUGGEST_AT = 0.8;
const WITHDRAW_AT = 0.3;
/** Sideways shift of the eyes, in image widths, that a person does not make while seated. */
const MAX_EYE_SHIFT = 0.25;
/** Face size change that neither leaning in to read nor sitting back explains. */
const MIN_FACE_SCALE_RATIO = 0.6;
const MAX_FACE_SCALE_RATIO = 1.8;
/** A primary metric this far on the "better than upright" side means the geometry changed, not the posture. */
const IMPOSSIBLY_UPRIGHT = -2;

export function initialBaselineFit(): BaselineFitState {
  return { misfit: 0, observedMs: 0, recalibrationSuggested: false };
}

/** true: this frame does not fit the baseline; false: it does; null: nothing to judge (nobody there, several people). */
export function frameMisfits(verdict: FrameVerdict, baseline: Baseline): boolean | null {
  if (verdict.state === 'away' || verdict.reasons.some((r) => r.metric === 'people')) return null;
  const { framing } = verdict;
  if (framing && baseline.framing) {
    const shift = Math.abs(framing.eyeX - baseline.framing.eyeX);
    const scale = framing.faceScale / baseline.framing.faceScale;
    if (shift > MAX_EYE_SHIFT || scale < MIN_FACE_SCALE_RATIO || scale > MAX_FACE_SCALE_RATIO)
      return true;
  }
  if (verdict.deviations.some((d) => d.role === 'primary' && d.deviation <= IMPOSSIBLY_UPRIGHT))
    return true;
  // A person is there but the metrics the baseline relies on cannot be measured any more.
  return verdict.state === 'uncertain';
}

export function stepBaselineFit(
  state: BaselineFitState,
  verdict: FrameVerdict,
  baseline: Baseline,
  elapsedMs: number,
): BaselineFitState {
  const misfits = frameMisfits(verdict, baseline);
  if (misfits === null || !(elapsedMs > 0)) return state;
  const alpha = 1 - Math.exp(-elapsedMs / WINDOW_MS);
  const misfit = state.misfit + alpha * ((misfits ? 1 : 0) - state.misfit);
  const observedMs = Math.min(WINDOW_MS, state.observedMs + elapsedMs);
  const recalibrationSuggested = state.recalibrationSuggested
    ? misfit > WITHDRAW_AT
    : observedMs >= WINDOW_MS && misfit >= SUGGEST_AT;
  return { misfit, observedMs, recalibrationSuggested };
}
