import type { PostureReason, PostureState } from '../../main/core/posture-status';
import { HEAD_AND_SHOULDERS } from '../pose/keypoints';
import type { Baseline } from './baseline';
import { deviations, type MetricDeviation } from './deviation';
import { measureFraming, type Framing } from './framing';
import { confidentPoints, type ConfidentPoints, type PoseFrame } from './geometry';
import { measureMetrics, metricDefinition, withoutRedundantStandIns } from './metrics';
import { toleranceFactor } from './sensitivity';

export interface FrameInput extends PoseFrame {
  /**
   * People the detector found. MoveNet single-pose always reports one; a multi-pose detector
   * or a face counter can say more, and then no verdict is safe.
   */
  readonly personCount?: number;
}

export interface FrameVerdict {
  readonly state: PostureState;
  /** Strongest slouch evidence among primary metrics, in tolerance units (>= 1 is a slouch); 0 when not judged. */
  readonly evidence: number;
  readonly deviations: readonly MetricDeviation[];
  readonly reasons: readonly PostureReason[];
  readonly framing: Framing | null;
}

/**
 * Face-only fallback for when the shoulders have left the frame: it trusts the camera not to
 * have moved (the baseline-fit check watches that), so it asks for two independent signs at
 * once: the eyes clearly lower in the picture AND the face clearly larger (closer).
 */
const FALLBACK_DROP_FLOOR = 0.06; // fraction of image height
const FALLBACK_GROWTH_FLOOR = 0.15; // relative growth of eye distance

/** Any head-and-shoulders keypoint says a person is in front of the camera at all. */
function isPresent(points: ConfidentPoints): boolean {
  return HEAD_AND_SHOULDERS.some((name) => points[name] !== undefined);
}

function reason(metric: string, deviation: number, message: string): PostureReason {
  return { metric, deviation, message };
}

function faceFallbackEvidence(
  framing: Framing | null,
  baseline: Baseline,
  sensitivity: number,
): number | null {
  if (!framing || !baseline.framing) return null;
  const factor = toleranceFactor(sensitivity);
  const drop = (framing.eyeY - baseline.framing.eyeY) / (FALLBACK_DROP_FLOOR * factor);
  const growth =
    (framing.faceScale / baseline.framing.faceScale - 1) / (FALLBACK_GROWTH_FLOOR * factor);
  return Math.min(drop, growth);
}

/**
 * A still-frame verdict: this frame alone against the baseline, no smoothing. The evaluation
 * uses it directly; the live classifier smooths these over time.
 */
export function judgeFrame(
  frame: FrameInput,
  baseline: Baseline,
  sensitivity: number,
): FrameVerdict {
  const points = confidentPoints(frame);
  const framing = measureFraming(frame, points);
  const none = { evidence: 0, deviations: [], framing } as const;

  if (frame.personCount === 0 || !isPresent(points)) {
    return {
      ...none,
      state: 'away',
      reasons: [reason('presence', 0, 'Nobody is in front of the camera.')],
    };
  }
  if (frame.personCount !== undefined && frame.personCount > 1) {
    return {
      ...none,
      state: 'uncertain',
      reasons: [
        reason('people', 0, 'More than one person is in view, so Poise is not judging posture.'),
      ],
    };
  }

  const measured = deviations(
    withoutRedundantStandIns(measureMetrics(points)),
    baseline,
    sensitivity,
    {
      oneShoulder: !points.left_shoulder !== !points.right_shoulder,
    },
  );
  const primary = measured.filter((d) => d.role === 'primary');
  if (primary.length === 0) {
    const fallback = faceFallbackEvidence(framing, baseline, sensitivity);
    if (fallback !== null && fallback >= 1) {
      return {
        state: 'slouching',
        evidence: fallback,
        deviations: measured,
        framing,
        reasons: [
          reason(
            'faceInFrame',
            fallback,
            'Your face is lower and closer to the camera than when you sat upright.',
          ),
        ],
      };
    }
    return {
      state: 'uncertain',
      evidence: 0,
      deviations: measured,
      framing,
      reasons: [
        reason('keypoints', 0, 'Poise cannot see your head and shoulders clearly enough to judge.'),
      ],
    };
  }

  const evidence = Math.max(0, ...primary.map((d) => d.deviation));
  const reasons = measured
    .filter((d) => d.deviation >= 1)
    .sort((a, b) => (a.role === b.role ? b.deviation - a.deviation : a.role === 'primary' ? -1 : 1))
    .map((d) => reason(d.id, d.deviation, metricDefinition(d.id).message));
  return {
    state: evidence >= 1 ? 'slouching' : 'upright',
    evidence,
    deviations: measured,
    reasons,
    framing,
  };
}

/** 0..1 on the user's own scale: 0 at their calibrated upright, 0.5 at the slouch threshold. */
export function slouchScore(evidence: number): number {
  return Math.min(1, Math.max(0, evidence / 2));
}
