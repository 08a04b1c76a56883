import type { Keypoint, KeypointName } from '../../shared/posture/keypoints';

/**
 * Live checks while the person places the camera during onboarding. Pure: keypoints (normalised
 * 0..1) and a mean brightness in, verdicts with plain-language advice out. Bad placement is the
 * first cause of false alerts, so each problem says what to change, not just what is wrong.
 * The advice is a key under onboarding:placement.advice (the check's name under
 * onboarding:placement.label), so the checklist speaks the person's current language.
 */
export type PlacementCheckId = 'face' | 'shoulders' | 'light' | 'distance';
export type PlacementStatus = 'ok' | 'problem' | 'unknown';

export type PlacementAdvice =
  | 'notSeenYet'
  | 'faceUnclear'
  | 'faceAtEdge'
  | 'faceOk'
  | 'waitingForPicture'
  | 'shouldersMissing'
  | 'shouldersOk'
  | 'tooClose'
  | 'distanceUnknown'
  | 'tooFar'
  | 'distanceOk'
  | 'measuringLight'
  | 'tooDark'
  | 'washedOut'
  | 'lightOk';

export interface PlacementCheck {
  readonly id: PlacementCheckId;
  readonly status: PlacementStatus;
  readonly advice: PlacementAdvice;
}

export interface PlacementInput {
  /** The latest pose, or null when nobody was found. */
  readonly keypoints: readonly Keypoint[] | null;
  /** Mean brightness 0..1 of the camera picture (meanBrightness), or null when not measured yet. */
  readonly brightness: number | null;
}

/**
 * Thresholds, from MoveNet Lightning on the frontal-webcam recordings in ../shared/data (a
 * laptop webcam at a normal desk distance): shoulders span 0.22-0.42 of the frame width and
 * score 0.15-0.55 (they sit near the bottom edge, so MoveNet is less sure of them), the eyes
 * score 0.3-0.7 and sit 0.08-0.11 of the width apart, mean brightness is 0.53.
 */
export const PLACEMENT_THRESHOLDS = {
  /** Keypoint score that counts as "seen". Low on purpose: see the shoulder scores above. */
  minScore: 0.1,
  /** A keypoint closer than this to the image edge (fraction) is about to leave the frame. */
  edgeMargin: 0.02,
  /** Shoulders must sit at least this far below the nose (share of the frame height). */
  minShoulderDrop: 0.05,
  /** Shoulder width as a share of the frame width: smaller = too far, larger = too close. */
  minShoulderShare: 0.18,
  maxShoulderShare: 0.6,
  /**
   * Eye distance share of the width above which the person is too close, even when MoveNet misplaces
   * the shoulders (it does, close up). 0.08-0.11 in the recordings; 0.14 is about 1.5x closer.
   */
  maxEyeShare: 0.14,
  minBrightness: 0.15,
  maxBrightness: 0.9,
} as const;

export type PlacementThresholds = { readonly [K in keyof typeof PLACEMENT_THRESHOLDS]: number };

export interface PlacementReport {
  readonly checks: readonly PlacementCheck[];
  /** Every check passed: calibration can start. */
  readonly ready: boolean;
}

function seen(
  points: readonly Keypoint[],
  name: KeypointName,
  t: PlacementThresholds,
): Keypoint | undefined {
  const kp = points.find((p) => p.name === name);
  return kp && kp.score >= t.minScore ? kp : undefined;
}

const inside = (kp: Keypoint, t: PlacementThresholds): boolean =>
  kp.x >= t.edgeMargin &&
  kp.x <= 1 - t.edgeMargin &&
  kp.y >= t.edgeMargin &&
  kp.y <= 1 - t.edgeMargin;

const check = (
  id: PlacementCheckId,
  status: PlacementStatus,
  advice: PlacementAdvice,
): PlacementCheck => ({ id, status, advice });

function faceCheck(points: readonly Keypoint[] | null, t: PlacementThresholds): PlacementCheck {
  if (!points) {
    return check('face', 'unknown', 'notSeenYet');
  }
  const face = (['nose', 'left_eye', 'right_eye'] as const).map((n) => seen(points, n, t));
  if (face.some((kp) => !kp)) {
    return check('face', 'problem', 'faceUnclear');
  }
  if (face.some((kp) => !inside(kp!, t))) {
    return check('face', 'problem', 'faceAtEdge');
  }
  return check('face', 'ok', 'faceOk');
}

function shouldersCheck(
  points: readonly Keypoint[] | null,
  t: PlacementThresholds,
): PlacementCheck {
  if (!points) return check('shoulders', 'unknown', 'waitingForPicture');
  const shoulders = [seen(points, 'left_shoulder', t), seen(points, 'right_shoulder', t)];
  const nose = seen(points, 'nose', t);
  // MoveNet still "finds" shoulders cut off by the bottom edge, placing them beside the face; a
  // real shoulder line sits clearly below the nose even when slouching.
  const belowNose = (kp: Keypoint): boolean => !nose || kp.y - nose.y >= t.minShoulderDrop;
  if (shoulders.some((kp) => !kp || !inside(kp, t) || !belowNose(kp))) {
    return check('shoulders', 'problem', 'shouldersMissing');
  }
  return check('shoulders', 'ok', 'shouldersOk');
}

function distanceCheck(points: readonly Keypoint[] | null, t: PlacementThresholds): PlacementCheck {
  if (!points) return check('distance', 'unknown', 'waitingForPicture');
  const left = seen(points, 'left_shoulder', t);
  const right = seen(points, 'right_shoulder', t);
  const leftEye = seen(points, 'left_eye', t);
  const rightEye = seen(points, 'right_eye', t);
  const tooClose = (): PlacementCheck => check('distance', 'problem', 'tooClose');
  if (leftEye && rightEye && Math.abs(leftEye.x - rightEye.x) > t.maxEyeShare) return tooClose();
  if (!left || !right) return check('distance', 'unknown', 'distanceUnknown');
  const share = Math.abs(left.x - right.x);
  if (share > t.maxShoulderShare) return tooClose();
  if (share < t.minShoulderShare) {
    return check('distance', 'problem', 'tooFar');
  }
  return check('distance', 'ok', 'distanceOk');
}

function lightCheck(brightness: number | null, t: PlacementThresholds): PlacementCheck {
  if (brightness === null) return check('light', 'unknown', 'measuringLight');
  if (brightness < t.minBrightness) {
    return check('light', 'problem', 'tooDark');
  }
  if (brightness > t.maxBrightness) {
    return check('light', 'problem', 'washedOut');
  }
  return check('light', 'ok', 'lightOk');
}

export function checkPlacement(
  input: PlacementInput,
  thresholds: PlacementThresholds = PLACEMENT_THRESHOLDS,
): PlacementReport {
  const checks = [
    faceCheck(input.keypoints, thresholds),
    shouldersCheck(input.keypoints, thresholds),
    distanceCheck(input.keypoints, thresholds),
    lightCheck(input.brightness, thresholds),
  ];
  return { checks, ready: checks.every((c) => c.status === 'ok') };
}

/**
 * Mean luma (Rec. 601) of RGBA pixels, 0..1. Meant for a tiny canvas (e.g. 32x18) drawn from the
 * video: enough to judge the light, far too small to be a picture of anyone.
 */
export function meanBrightness(rgba: ArrayLike<number>): number {
  const pixels = Math.floor(rgba.length / 4);
  if (pixels === 0) return 0;
  let sum = 0;
  for (let i = 0; i < pixels * 4; i += 4)
    sum += 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
  return sum / pixels / 255;
}
