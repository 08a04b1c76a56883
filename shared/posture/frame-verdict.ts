import type { PostureReason, PostureState } from '../core/posture-status';
import { HEAD_AND_SHOULDERS } from './keypoints';
import type { Baseline } from './baseline';
import { deviations, type MetricDeviation } from './deviation';
import { measureFraming, type Framing } from './framing';
import { confidentPoints, type ConfidentPoints, type PoseFrame } from './geometry';
import { withoutHandCoveredFace } from './occlusion';
import { pictureMisfit } from './picture-fit';
import { measureMetrics, metricDefinition, withoutRedundantStandIns } from './metrics';
import { weakHeadEvidence } from './weak-head';

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
  /**
   * Whether the picture still fits the calibration: true when it does not (the camera moved,
   * or it no longer sees what it was calibrated on), null when there is nothing to tell by
   * (nobody there, several people, a hand over the face).
   */
  readonly misfit: boolean | null;
}

/** Any head-and-shoulders keypoint says a person is in front of the camera at all. */
function isPresent(points: ConfidentPoints): boolean {
  return HEAD_AND_SHOULDERS.some((name) => points[name] !== undefined);
}

function reason(metric: string, deviation: number, message: string): PostureReason {
  return { metric, deviation, message };
}

function notJudged(
  state: 'away' | 'uncertain',
  framing: Framing | null,
  misfit: boolean | null,
  why: PostureReason,
  measured: readonly MetricDeviation[] = [],
): FrameVerdict {
  return { state, evidence: 0, deviations: measured, reasons: [why], framing, misfit };
}

/**
 * The shoulders the baseline was calibrated with are both out of sight now, though the head
 * is where it was: the camera no longer sees what it was calibrated on. (A head that sank
 * can take the shoulders out of the picture with it: that is a slouch, not a moved camera.)
 */
function shouldersLost(points: ConfidentPoints, baseline: Baseline): boolean {
  const calibratedWithShoulders =
    baseline.metrics.neckHeight !== undefined || baseline.metrics.neckHeightByEyes !== undefined;
  return calibratedWithShoulders && !points.left_shoulder && !points.right_shoulder;
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
  const seen = confidentPoints(frame);
  if (frame.personCount === 0 || !isPresent(seen)) {
    return notJudged(
      'away',
      null,
      null,
      reason('presence', 0, 'Nobody is in front of the camera.'),
    );
  }
  if (frame.personCount !== undefined && frame.personCount > 1) {
    return notJudged(
      'uncertain',
      measureFraming(seen),
      null,
      reason('people', 0, 'More than one person is in view, so Poise is not judging posture.'),
    );
  }

  const { points, handOnFace } = withoutHandCoveredFace(seen, baseline);
  const framing = measureFraming(points);
  const measured = deviations(
    withoutRedundantStandIns(measureMetrics(points)),
    baseline,
    sensitivity,
    { oneShoulder: !points.left_shoulder !== !points.right_shoulder },
  );

  const misfitReason = pictureMisfit(framing, measured, points, baseline, sensitivity);
  if (misfitReason) return notJudged('uncertain', framing, true, misfitReason, measured);

  const primary = measured.filter((d) => d.role === 'primary');
  if (primary.length === 0 && handOnFace) {
    return notJudged(
      'uncertain',
      framing,
      null,
      reason(
        'hand',
        0,
        'Your hand is in front of your face, so Poise waits before judging your posture.',
      ),
      measured,
    );
  }
  if (primary.length === 0) {
    // The face may have dropped out of sight below where it was calibrated: a slouch too.
    const weak = weakHeadEvidence(frame, baseline, sensitivity);
    if (weak !== null && weak >= 1) {
      return {
        state: 'slouching',
        evidence: weak,
        deviations: measured,
        framing,
        misfit: false,
        reasons: [
          reason(
            'headOutOfSight',
            weak,
            'Your head has dropped forward, lower than when you sat upright.',
          ),
        ],
      };
    }
    return notJudged(
      'uncertain',
      framing,
      true,
      reason('keypoints', 0, 'Poise cannot see your head and shoulders clearly enough to judge.'),
      measured,
    );
  }

  const evidence = Math.max(0, ...primary.map((d) => d.deviation));
  const reasons = measured
    .filter((d) => d.deviation >= 1)
    .sort((a, b) => (a.role === b.role ? b.deviation - a.deviation : a.role === 'primary' ? -1 : 1))
    .map((d) => reason(d.id, d.deviation, metricDefinition(d.id).message));
  const state = evidence >= 1 ? 'slouching' : 'upright';
  return {
    state,
    evidence,
    deviations: measured,
    reasons,
    framing,
    misfit: state === 'upright' && shouldersLost(points, baseline),
  };
}

/** 0..1 on the user's own scale: 0 at their calibrated upright, 0.5 at the slouch threshold. */
export function slouchScore(evidence: number): number {
  return Math.min(1, Math.max(0, evidence / 2));
}
