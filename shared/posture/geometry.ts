import type { Keypoint, KeypointName } from './keypoints';

/**
 * Keypoints arrive normalised per axis (x by width, y by height). Distances and angles are only
 * meaningful with both axes on one scale, so every metric works on points measured in image
 * diagonals: pixels divided by the diagonal's length. Ratios and angles come out exactly as in
 * pixels, and a position (how high the ears sit in the picture) is the same at any resolution.
 */
export interface ImagePoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Below this MoveNet score a keypoint's position is a guess. tfjs-models' demos draw from 0.3,
 * but a desk camera sees the shoulders cut by the bottom edge of the picture, where MoveNet
 * scores them 0.15..0.3 while still placing them within a few pixels (measured on single
 * frames of the frontal-webcam recording: at 0.3 half the upright frames lost a shoulder).
 */
export const MIN_KEYPOINT_SCORE = 0.15;

export interface PoseFrame {
  readonly keypoints: readonly Keypoint[];
  readonly imageWidth: number;
  readonly imageHeight: number;
}

/**
 * Widths need both ends placed precisely, and a keypoint cut by the image edge is placed well
 * in one axis only; metrics that measure a horizontal width ask for this score.
 */
export const STRONG_KEYPOINT_SCORE = 0.3;

export interface ScoredPoint extends ImagePoint {
  readonly score: number;
}

export type ConfidentPoints = Partial<Record<KeypointName, ScoredPoint>>;

/** The point, only if its score reaches `minScore`. */
export function atLeast(point: ScoredPoint | undefined, minScore: number): ScoredPoint | undefined {
  return point && point.score >= minScore ? point : undefined;
}

/** The keypoints trusted enough to measure with, in image diagonals. Non-finite values are dropped, never thrown on. */
export function confidentPoints(frame: PoseFrame, minScore = MIN_KEYPOINT_SCORE): ConfidentPoints {
  const points: ConfidentPoints = {};
  const { imageWidth, imageHeight } = frame;
  if (!(imageWidth > 0) || !(imageHeight > 0)) return points;
  const diagonal = Math.hypot(imageWidth, imageHeight);
  if (!Number.isFinite(diagonal)) return points;
  for (const kp of frame.keypoints) {
    if (!(kp.score >= minScore) || !Number.isFinite(kp.x) || !Number.isFinite(kp.y)) continue;
    points[kp.name] = {
      x: (kp.x * imageWidth) / diagonal,
      y: (kp.y * imageHeight) / diagonal,
      score: kp.score,
    };
  }
  return points;
}

export function distance(a: ImagePoint, b: ImagePoint): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Mean of the given points, or undefined when none of them is present. */
export function centroid(points: readonly (ImagePoint | undefined)[]): ImagePoint | undefined {
  const present = points.filter((p): p is ImagePoint => p !== undefined);
  if (present.length === 0) return undefined;
  const sum = present.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / present.length, y: sum.y / present.length };
}

/** Signed angle in degrees of the vector from `from` to `to`, measured from straight up (image y points down). */
export function angleFromVertical(from: ImagePoint, to: ImagePoint): number {
  return (Math.atan2(to.x - from.x, from.y - to.y) * 180) / Math.PI;
}

/**
 * Signed angle in degrees of the line through a person's left and right points, 0 when level.
 * The person's left appears on the image's right for a mirrored-free webcam, so the line runs
 * from right point to left point; the sign only has to be consistent with the baseline.
 */
export function lineTilt(right: ImagePoint, left: ImagePoint): number {
  const dx = left.x - right.x;
  const dy = left.y - right.y;
  // Fold into (-90, 90] so that a person facing away or a mirrored feed does not read as 180 degrees.
  let deg = (Math.atan2(dy, dx) * 180) / Math.PI;
  if (deg > 90) deg -= 180;
  if (deg <= -90) deg += 180;
  return deg;
}
