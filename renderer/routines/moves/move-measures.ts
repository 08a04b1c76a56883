import type { Keypoint } from '../../../shared/posture/keypoints';
import { findKeypoint, horizontalGap } from './pose-frame';

/**
 * Scale-free numbers read from one frame, each comparing lengths along the SAME image axis so the
 * camera's aspect ratio and the user's distance from it cancel out. A measure is null when the
 * keypoints it needs were not seen confidently.
 */

/** Width of the head (ear to ear, or eye to eye scaled up) over shoulder width. */
export function headToShoulderWidth(keypoints: readonly Keypoint[]): number | null {
  const leftShoulder = findKeypoint(keypoints, 'left_shoulder');
  const rightShoulder = findKeypoint(keypoints, 'right_shoulder');
  if (!leftShoulder || !rightShoulder) return null;
  const shoulders = horizontalGap(leftShoulder, rightShoulder);
  if (shoulders < 0.02) return null;
  const leftEar = findKeypoint(keypoints, 'left_ear');
  const rightEar = findKeypoint(keypoints, 'right_ear');
  if (leftEar && rightEar) return horizontalGap(leftEar, rightEar) / shoulders;
  const leftEye = findKeypoint(keypoints, 'left_eye');
  const rightEye = findKeypoint(keypoints, 'right_eye');
  // Eyes sit about half as far apart as ears; the ratio to the baseline is what matters, and the
  // baseline is taken with the same landmarks, so the factor only keeps magnitudes comparable.
  if (leftEye && rightEye) return (2 * horizontalGap(leftEye, rightEye)) / shoulders;
  return null;
}

/** Vertical drop from the ears to the shoulder line, in head widths: grows as shoulders draw down. */
export function shoulderDrop(keypoints: readonly Keypoint[]): number | null {
  const leftShoulder = findKeypoint(keypoints, 'left_shoulder');
  const rightShoulder = findKeypoint(keypoints, 'right_shoulder');
  const leftEar = findKeypoint(keypoints, 'left_ear');
  const rightEar = findKeypoint(keypoints, 'right_ear');
  if (!leftShoulder || !rightShoulder || !leftEar || !rightEar) return null;
  const drop = (leftShoulder.y + rightShoulder.y) / 2 - (leftEar.y + rightEar.y) / 2;
  const nose = findKeypoint(keypoints, 'nose');
  // Vertical over vertical: nose-to-shoulder height is the ruler, not a horizontal width.
  const ruler = nose ? (leftShoulder.y + rightShoulder.y) / 2 - nose.y : null;
  if (!ruler || ruler <= 0.01) return null;
  return drop / ruler;
}

/**
 * How far the LOWER wrist is above the nose, in units of the nose-to-shoulder height: 0 at nose
 * level, positive above, about -1 at shoulder level. Unseen wrists read as arms down (-1), since
 * a desk webcam usually loses hands resting below the frame.
 */
export function wristsAboveNose(keypoints: readonly Keypoint[]): number | null {
  const nose = findKeypoint(keypoints, 'nose');
  const leftShoulder = findKeypoint(keypoints, 'left_shoulder');
  const rightShoulder = findKeypoint(keypoints, 'right_shoulder');
  if (!nose || !leftShoulder || !rightShoulder) return null;
  const ruler = (leftShoulder.y + rightShoulder.y) / 2 - nose.y;
  if (ruler <= 0.01) return null;
  const leftWrist = findKeypoint(keypoints, 'left_wrist');
  const rightWrist = findKeypoint(keypoints, 'right_wrist');
  if (!leftWrist || !rightWrist) return -1;
  const lowerWristY = Math.max(leftWrist.y, rightWrist.y);
  return (nose.y - lowerWristY) / ruler;
}
