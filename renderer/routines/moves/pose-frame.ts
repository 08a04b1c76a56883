import type { Keypoint, KeypointName } from '../../../shared/posture/keypoints';

/** One analysed camera frame as the move detectors see it: time and keypoints, nothing else. */
export interface PoseFrame {
  readonly timeMs: number;
  readonly keypoints: readonly Keypoint[];
}

/** Below this confidence a keypoint is treated as not seen. */
export const MIN_KEYPOINT_SCORE = 0.3;

export function findKeypoint(
  keypoints: readonly Keypoint[],
  name: KeypointName,
): Keypoint | undefined {
  const point = keypoints.find((keypoint) => keypoint.name === name);
  return point && point.score >= MIN_KEYPOINT_SCORE ? point : undefined;
}

export function horizontalGap(a: Keypoint, b: Keypoint): number {
  return Math.abs(a.x - b.x);
}
