import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  KEYPOINT_NAMES,
  type Keypoint,
  type KeypointName,
} from '../../../../../renderer/pose/keypoints';
import type { PoseFrame } from '../../../../../renderer/routines/moves/pose-frame';
import { requireSharedData } from '../../../../support/repo-paths';

/**
 * Real keypoints from ../shared/data/blazepose-webcam-landmarks (BlazePose, 33 landmarks, x/y
 * normalised to a frontal webcam image, visibility 0..1), mapped onto MoveNet's 17 names. Rows
 * carry no timestamps; they are consecutive video frames, spaced here at FRAME_MS.
 */
export const FRAME_MS = 100;

export type BlazeSession =
  'straight' | 'slouch' | 'slouch_roundshoulder' | 'uneven_shoulder' | 'lieback';

/** BlazePose landmark index for each MoveNet keypoint (BlazePose topology, 0-based). */
const BLAZE_INDEX: Record<KeypointName, number> = {
  nose: 0,
  left_eye: 2,
  right_eye: 5,
  left_ear: 7,
  right_ear: 8,
  left_shoulder: 11,
  right_shoulder: 12,
  left_elbow: 13,
  right_elbow: 14,
  left_wrist: 15,
  right_wrist: 16,
  left_hip: 23,
  right_hip: 24,
  left_knee: 25,
  right_knee: 26,
  left_ankle: 27,
  right_ankle: 28,
};

const cache = new Map<BlazeSession, Keypoint[][]>();

export function blazeposeKeypoints(session: BlazeSession): Keypoint[][] {
  const cached = cache.get(session);
  if (cached) return cached;
  const file = resolve(
    requireSharedData('blazepose-webcam-landmarks'),
    `coords_webcam_${session}_2.csv`,
  );
  const rows = parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const poses = rows.map((row) =>
    KEYPOINT_NAMES.map((name) => {
      const n = BLAZE_INDEX[name] + 1; // the CSV numbers landmarks from 1
      const x = Number(row[`x${n}`]);
      const y = Number(row[`y${n}`]);
      const visibility = Number(row[`v${n}`]);
      return { name, x, y, score: Number.isFinite(visibility) ? visibility : 0 };
    }),
  );
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
