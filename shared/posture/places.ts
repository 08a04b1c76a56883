import type { Baseline } from './baseline';
import { judgeFrame, type FrameInput, type FrameVerdict } from './frame-verdict';

export interface PlacedVerdict {
  /** Index in the places list of the calibration the frame was judged against. */
  readonly place: number;
  readonly verdict: FrameVerdict;
}

/**
 * Judges a frame against the place in use, and only when the picture does not fit it, against
 * the other places this camera was calibrated in (most recent first): the first that fits is
 * used from then on. Staying put while the picture fits keeps a slouch from ever "fitting"
 * some other place better.
 */
export function judgeAtPlace(
  frame: FrameInput,
  places: readonly Baseline[],
  current: number,
  sensitivity: number,
): PlacedVerdict {
  const inUse = Math.min(Math.max(0, current), places.length - 1);
  const verdict = judgeFrame(frame, places[inUse] as Baseline, sensitivity);
  if (verdict.misfit !== true) return { place: inUse, verdict };
  for (const [index, place] of places.entries()) {
    if (index === inUse) continue;
    const elsewhere = judgeFrame(frame, place, sensitivity);
    if (elsewhere.misfit === false) return { place: index, verdict: elsewhere };
  }
  return { place: inUse, verdict };
}
