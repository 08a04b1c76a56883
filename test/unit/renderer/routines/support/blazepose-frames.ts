import type { Keypoint } from '../../../../../shared/posture/keypoints';
import type { PoseFrame } from '../../../../../renderer/routines/moves/pose-frame';
import { loadBlazePoseCsv } from '../../../shared/posture/support/keypoint-csv';

/**
 * Real keypoints from ../shared/data/blazepose-webcam-landmarks (BlazePose, 33 landmarks, x/y
 * normalised to a frontal webcam image, visibility 0..1), mapped onto MoveNet's 17 names. Rows
 * carry no timestamps; they are consecutive video frames, spaced here at FRAME_MS.
 */
export const FRAME_MS = 100;

export type BlazeSession =
  'straight' | 'slouch' | 'slouch_roundshoulder' | 'uneven_shoulder' | 'lieback';

const cache = new Map<BlazeSession, Keypoint[][]>();

/** The session's frames through the posture tests' one BlazePose reader (the same mapping). */
export function blazeposeKeypoints(session: BlazeSession): Keypoint[][] {
  const cached = cache.get(session);
  if (cached) return cached;
  const poses = loadBlazePoseCsv(`coords_webcam_${session}_2.csv`).map((frame) => [
    ...frame.keypoints,
  ]);
  cache.set(session, poses);
  return poses;
}

export function asFrames(
  poses: readonly (readonly Keypoint[])[],
  startMs = 0,
  frameMs = FRAME_MS,
): PoseFrame[] {
  return poses.map((keypoints, i) => ({ timeMs: startMs + i * frameMs, keypoints }));
}
