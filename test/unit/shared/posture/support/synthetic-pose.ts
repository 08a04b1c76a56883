import {
  KEYPOINT_NAMES,
  type Keypoint,
  type KeypointName,
} from '../../../../../shared/posture/keypoints';
import type { FrameInput } from '../../../../../shared/posture/frame-verdict';

/**
 * A person at a desk as a frontal laptop camera sees them, in pixels of a 640x480 image, with
 * knobs for the changes a slouch makes. Hand-built numbers with the proportions MoveNet reports
 * on the frontal-webcam recording (ears about 2.4 eye distances apart, head width about half
 * the shoulder width), not a stand-in for real data: the recording tests use real keypoints.
 */
export interface PoseKnobs {
  /** Pixels the whole head moves down toward the shoulders. */
  readonly headDrop?: number;
  /** Factor on the head's size (head closer to the camera). */
  readonly headScale?: number;
  /** Factor on the shoulder width (rounded shoulders). */
  readonly shoulderScale?: number;
  /** Pixels the eyes and nose move down relative to the ears (chin down). */
  readonly chinDown?: number;
  readonly imageWidth?: number;
  readonly imageHeight?: number;
  /** Keypoints reported with a score too weak to trust. */
  readonly weak?: readonly KeypointName[];
}

type Pixel = { x: number; y: number };

export function frontalPose(knobs: PoseKnobs = {}): FrameInput {
  const width = knobs.imageWidth ?? 640;
  const height = knobs.imageHeight ?? 480;
  const drop = knobs.headDrop ?? 0;
  const headScale = knobs.headScale ?? 1;
  const shoulderScale = knobs.shoulderScale ?? 1;
  const chin = knobs.chinDown ?? 0;
  const headCentre = { x: 320, y: 290 + drop };
  const head = (dx: number, dy: number): Pixel => ({
    x: headCentre.x + dx * headScale,
    y: headCentre.y + dy * headScale,
  });
  const pixels: Partial<Record<KeypointName, Pixel>> = {
    nose: head(0, 15 + chin),
    left_eye: head(20, -10 + chin),
    right_eye: head(-20, -10 + chin),
    left_ear: head(48, 0),
    right_ear: head(-48, 0),
    left_shoulder: { x: 320 + 100 * shoulderScale, y: 400 },
    right_shoulder: { x: 320 - 100 * shoulderScale, y: 400 },
    left_elbow: { x: 450, y: 470 },
    right_elbow: { x: 190, y: 470 },
  };
  const weak = new Set(knobs.weak ?? []);
  const keypoints: Keypoint[] = KEYPOINT_NAMES.map((name) => {
    const p = pixels[name];
    // Everything below the elbows is out of a desk camera's view: low score, clamped position.
    if (!p) return { name, x: 0.5, y: 1, score: 0.02 };
    return { name, x: p.x / 640, y: p.y / 480, score: weak.has(name) ? 0.05 : 0.7 };
  });
  return { keypoints, imageWidth: width, imageHeight: height };
}

/** The same keypoints with every score set weak: a frame where nobody is there. */
export function emptyFrame(): FrameInput {
  return {
    keypoints: KEYPOINT_NAMES.map((name) => ({ name, x: 0.5, y: 0.5, score: 0.02 })),
    imageWidth: 640,
    imageHeight: 480,
  };
}

/** A few upright frames with a little natural sway, for calibration. */
export function uprightSession(count = 10): FrameInput[] {
  return Array.from({ length: count }, (_, i) => frontalPose({ headDrop: (i % 3) - 1 }));
}
