import type { PostureReason } from '../core/posture-status';
import type { Baseline } from './baseline';
import type { MetricDeviation } from './deviation';
import type { Framing } from './framing';
import { STRONG_KEYPOINT_SCORE, atLeast, type ConfidentPoints } from './geometry';
import type { MetricId } from './metrics';
import { toleranceFactor } from './sensitivity';

/**
 * Signs that the picture no longer fits the calibration (the laptop is on another table, the
 * webcam was moved, the person works in another room), which no posture explains. Such a
 * frame is not judged: a moved camera must give a recalibration prompt, never slouch alerts.
 * Tolerance counts here are at the default sensitivity: the sensitivity setting says how
 * strictly to judge posture, not what counts as a moved camera.
 */

/**
 * Sideways shift of the eyes, in calibrated eye distances, that a person does not make while
 * seated: about 25 cm. People shifted up to 1.8 within one session on the shared frontal
 * recordings (frontal-webcam-b s1 sits close to its camera).
 */
const MAX_EYE_SHIFT = 4;
/**
 * Face size change that neither leaning in to read nor sinking back into the chair explains.
 * Sinking back shrank the face to 0.66 of its calibrated size on frontal-webcam-b s1, so the
 * lower bound leaves room below that.
 */
const MIN_FACE_SCALE_RATIO = 0.5;
const MAX_FACE_SCALE_RATIO = 2;
/** A primary metric this far on the "better than upright" side means the geometry changed, not the posture. */
const IMPOSSIBLY_UPRIGHT = -2;
/**
 * When the head is lower but the shoulders dropped nearly as far, the whole picture moved, not
 * the head toward the shoulders. A slouch compresses the neck: on frontal-webcam-b the
 * shoulders fell 30 to 45% as far as the ears (on frontal-webcam they stayed at the bottom
 * edge); a camera tilted or raised moves both by the same amount.
 */
const WHOLE_PICTURE_SHIFT = 0.8;
/**
 * Shoulders that dropped two of their tolerances (about 0.6 eye distances) further than the
 * head did mean the camera now sees the person from higher up: seen on frontal-webcam-b when
 * s2's calibration judges s1 (one person, camera at two heights). In a slouch the head always
 * sinks further than the shoulders. Shoulders rising more than the head are left alone: that
 * is how hunched, raised shoulders look (the BlazePose frontal recording's slouches).
 */
const SHOULDERS_MOVED = 2;

const MOVED_MESSAGE =
  'The picture no longer matches your calibration (the camera or your seat may have moved), so Poise is not judging your posture. Recalibrate here if you work like this now.';

function change(
  measured: readonly MetricDeviation[],
  baseline: Baseline,
  id: MetricId,
): { deviation: number; amount: number } | null {
  const d = measured.find((m) => m.id === id);
  const base = baseline.metrics[id];
  return d && base ? { deviation: d.deviation, amount: d.value - base.median } : null;
}

/**
 * `judged` are the deviations at the person's sensitivity, `measured` the same at the default
 * one. A head that sank with the shoulders is explained away whenever it would raise an alarm
 * at the person's own setting; the other signs are judged at the default sensitivity.
 */
function wholePictureMoved(
  judged: readonly MetricDeviation[],
  measured: readonly MetricDeviation[],
  points: ConfidentPoints,
  baseline: Baseline,
): boolean {
  const head = change(judged, baseline, 'earLine') ?? change(judged, baseline, 'eyeLine');
  const shoulders = change(measured, baseline, 'shoulderLine');
  const bothShoulders =
    atLeast(points.left_shoulder, STRONG_KEYPOINT_SCORE) &&
    atLeast(points.right_shoulder, STRONG_KEYPOINT_SCORE);
  if (!head || !shoulders || !bothShoulders) return false;
  const sinkingTogether =
    head.deviation >= 1 && shoulders.amount >= WHOLE_PICTURE_SHIFT * head.amount;
  const shouldersOutran = shoulders.deviation >= SHOULDERS_MOVED && head.amount < shoulders.amount;
  return sinkingTogether || shouldersOutran;
}

/** The reason this frame does not fit the calibration, or null when it fits. */
export function pictureMisfit(
  framing: Framing | null,
  judged: readonly MetricDeviation[],
  points: ConfidentPoints,
  baseline: Baseline,
  sensitivity: number,
): PostureReason | null {
  const factor = toleranceFactor(sensitivity);
  const measured = judged.map((d) => ({ ...d, deviation: d.deviation * factor }));
  const moved: PostureReason = { metric: 'picture', deviation: 0, message: MOVED_MESSAGE };
  if (framing && baseline.framing) {
    const shift = Math.abs(framing.eyeX - baseline.framing.eyeX) / baseline.framing.faceScale;
    const scale = framing.faceScale / baseline.framing.faceScale;
    if (shift > MAX_EYE_SHIFT || scale < MIN_FACE_SCALE_RATIO || scale > MAX_FACE_SCALE_RATIO)
      return moved;
  }
  if (measured.some((d) => d.role === 'primary' && d.deviation <= IMPOSSIBLY_UPRIGHT)) return moved;
  return wholePictureMoved(judged, measured, points, baseline) ? moved : null;
}
