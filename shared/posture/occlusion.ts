import type { Baseline } from './baseline';
import { STRONG_KEYPOINT_SCORE, distance, type ConfidentPoints } from './geometry';

const FACE_POINTS = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'] as const;
const WRISTS = ['left_wrist', 'right_wrist'] as const;

/**
 * A face point this close to a confidently seen wrist, in eye distances, may be the hand, or
 * pulled toward it: MoveNet places a covered eye or nose on the fingers. Two eye distances
 * reach from a hand at the chin to the eyes and nose (the chin sits about 1.5 below the eyes)
 * but not to the ears of a frontal face. Chosen from face proportions, not fitted to a recording.
 */
const HAND_REACH_EYE_DISTANCES = 2;

export interface FaceAfterHands {
  /** The points to judge by: face points near a hand removed. */
  readonly points: ConfidentPoints;
  /** A hand covered part of the face in this frame. */
  readonly handOnFace: boolean;
}

/**
 * Where the shoulders are now, or were at calibration: a hand at the face is raised above
 * them, while a hand on the desk can come near a head slumped toward it.
 */
function shoulderHeight(points: ConfidentPoints, baseline: Baseline): number | null {
  const shoulders = [points.left_shoulder, points.right_shoulder].filter((p) => p !== undefined);
  if (shoulders.length > 0) return Math.min(...shoulders.map((p) => p.y));
  return baseline.metrics.shoulderLine?.median ?? null;
}

function eyeDistanceRuler(points: ConfidentPoints, baseline: Baseline): number | null {
  if (baseline.framing) return baseline.framing.faceScale;
  if (points.left_eye && points.right_eye) return distance(points.left_eye, points.right_eye);
  return null;
}

/**
 * A hand at the chin (a thinking pose) or on the cheek must lower trust in the face points,
 * never raise an alarm: the points near a raised hand are dropped, and what remains is judged.
 */
export function withoutHandCoveredFace(
  points: ConfidentPoints,
  baseline: Baseline,
): FaceAfterHands {
  const ruler = eyeDistanceRuler(points, baseline);
  const shoulders = shoulderHeight(points, baseline);
  const wrists = WRISTS.map((name) => points[name]).filter(
    (wrist) =>
      wrist !== undefined &&
      wrist.score >= STRONG_KEYPOINT_SCORE &&
      (shoulders === null || wrist.y < shoulders),
  );
  if (ruler === null || wrists.length === 0) return { points, handOnFace: false };
  const reach = HAND_REACH_EYE_DISTANCES * ruler;
  const kept: ConfidentPoints = { ...points };
  let handOnFace = false;
  for (const name of FACE_POINTS) {
    const point = points[name];
    if (point && wrists.some((wrist) => wrist && distance(wrist, point) < reach)) {
      delete kept[name];
      handOnFace = true;
    }
  }
  return { points: kept, handOnFace };
}
