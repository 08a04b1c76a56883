import type { FrameVerdict } from './frame-verdict';

/**
 * Notices that the calibration no longer describes what the camera sees (the laptop lid was
 * tilted, the webcam moved to another monitor) and asks, gently, for a recalibration. Each
 * frame already says whether it fits (frame-verdict's misfit); this looks for misfits
 * sustained for a minute, so a stretch or a visitor does not trigger it.
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

export function initialBaselineFit(): BaselineFitState {
  return { misfit: 0, observedMs: 0, recalibrationSuggested: false };
}

export function stepBaselineFit(
  state: BaselineFitState,
  verdict: FrameVerdict,
  elapsedMs: number,
): BaselineFitState {
  if (verdict.misfit === null || !(elapsedMs > 0)) return state;
  const alpha = 1 - Math.exp(-elapsedMs / WINDOW_MS);
  const misfit = state.misfit + alpha * ((verdict.misfit ? 1 : 0) - state.misfit);
  const observedMs = Math.min(WINDOW_MS, state.observedMs + elapsedMs);
  const recalibrationSuggested = state.recalibrationSuggested
    ? misfit > WITHDRAW_AT
    : observedMs >= WINDOW_MS && misfit >= SUGGEST_AT;
  return { misfit, observedMs, recalibrationSuggested };
}
