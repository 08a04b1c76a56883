import type { Baseline } from './baseline';
import { deviations } from './deviation';
import { confidentPoints, type PoseFrame } from './geometry';
import { measureMetrics, type MetricValues } from './metrics';

/**
 * MoveNet still places a face it barely sees (hair over it, a mask, the head turned down and
 * away): below this score a point is noise, above it a rough position. Below the trusted
 * MIN_KEYPOINT_SCORE, so it is used only for the one question below.
 */
const WEAK_FACE_SCORE = 0.05;

/**
 * Slouch evidence from a face too weakly seen to measure, under a shoulder that is seen well
 * enough to trust (so a person is surely there): a head that has disappeared downward from
 * where it was calibrated is itself a sign of slouching. Judged on the eye or ear line alone, with their usual tolerances; null when there
 * is nothing to go by (no clear shoulders, no face at all, no calibrated head height).
 */
export function weakHeadEvidence(
  frame: PoseFrame,
  baseline: Baseline,
  sensitivity: number,
): number | null {
  const trusted = confidentPoints(frame);
  if (!trusted.left_shoulder && !trusted.right_shoulder) return null;
  const weak = measureMetrics(confidentPoints(frame, WEAK_FACE_SCORE));
  const heads: MetricValues = {};
  if (weak.earLine !== undefined) heads.earLine = weak.earLine;
  if (weak.eyeLine !== undefined) heads.eyeLine = weak.eyeLine;
  const judged = deviations(heads, baseline, sensitivity);
  if (judged.length === 0) return null;
  // Both lines must agree: a weak face is placed roughly, and one stray point is no slouch.
  return Math.min(...judged.map((d) => d.deviation));
}
