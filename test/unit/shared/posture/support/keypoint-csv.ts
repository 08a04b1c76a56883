import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  KEYPOINT_NAMES,
  type Keypoint,
  type KeypointName,
} from '../../../../../shared/posture/keypoints';
import type { FrameInput } from '../../../../../shared/posture/frame-verdict';
import { requireSharedData } from '../../../../support/repo-paths';

/**
 * Neither recording states its image size. Their coordinates are normalised per axis, so we
 * assume a 640x480 webcam; every comparison is within one recording, where the same
 * assumption applies to both postures alike.
 */
const ASSUMED_WIDTH = 640;
const ASSUMED_HEIGHT = 480;

type Row = Record<string, string>;

function readRows(path: string): Row[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Row[];
}

/** MediaPipe BlazePose landmark index (0-based) of each COCO keypoint MoveNet reports. */
const BLAZEPOSE_INDEX: Record<KeypointName, number> = {
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

/**
 * blazepose-webcam-landmarks: columns x1,y1,z1,v1 .. x33,y33,z33,v33 (1-based landmark
 * numbers), x and y normalised to the image, v the landmark's visibility, used as its score.
 */
export function loadBlazePoseCsv(file: string): FrameInput[] {
  const path = resolve(requireSharedData('blazepose-webcam-landmarks'), file);
  return readRows(path).map((row) => ({
    imageWidth: ASSUMED_WIDTH,
    imageHeight: ASSUMED_HEIGHT,
    keypoints: KEYPOINT_NAMES.map((name): Keypoint => {
      const n = BLAZEPOSE_INDEX[name] + 1;
      return {
        name,
        x: Number(row[`x${n}`]),
        y: Number(row[`y${n}`]),
        // A missing visibility means "not seen": score 0, never NaN.
        score: Number.isFinite(Number(row[`v${n}`])) ? Number(row[`v${n}`]) : 0,
      };
    }),
  }));
}

/**
 * movenet-side-keypoints: columns y1,x1,s1 .. y17,x17,s17 in MoveNet's own order (the same
 * order as KEYPOINT_NAMES), y first, normalised to the image.
 */
export function loadMoveNetCsv(file: string): FrameInput[] {
  const path = resolve(requireSharedData('movenet-side-keypoints'), file);
  return readRows(path).map((row) => ({
    imageWidth: ASSUMED_WIDTH,
    imageHeight: ASSUMED_HEIGHT,
    keypoints: KEYPOINT_NAMES.map((name, i): Keypoint => ({
      name,
      x: Number(row[`x${i + 1}`]),
      y: Number(row[`y${i + 1}`]),
      score: Number(row[`s${i + 1}`]),
    })),
  }));
}
