import { centroid, distance, type ConfidentPoints } from './geometry';

/**
 * Where the face sits in the picture. Unlike the ratio metrics this is NOT independent of where
 * the person sits, on purpose: it is how we notice that the camera itself moved, and the
 * calibrated eye distance is the ruler for every position metric.
 */
export interface Framing {
  /** Eye midpoint, in image diagonals from the top-left corner. */
  readonly eyeX: number;
  readonly eyeY: number;
  /** Eye distance in image diagonals: the ruler for every position in the picture. */
  readonly faceScale: number;
}

/**
 * The eye distance is a ruler only on a face seen from the front: in profile the eyes overlap
 * and the nose lies outside the span between them (and the ears are no wider apart than the
 * eyes). Seen from the side, the side-view metrics judge instead.
 */
function isFrontal(points: ConfidentPoints, eyeDistance: number): boolean {
  const { left_eye: left, right_eye: right, nose, left_ear, right_ear } = points;
  if (!left || !right) return false;
  if (nose) {
    const span = Math.abs(left.x - right.x);
    if (Math.abs(nose.x - (left.x + right.x) / 2) > 0.5 * span) return false;
  }
  return !(left_ear && right_ear && distance(left_ear, right_ear) < 1.2 * eyeDistance);
}

/** `points` come from confidentPoints: already in image diagonals. Null for a face not seen from the front. */
export function measureFraming(points: ConfidentPoints): Framing | null {
  if (!points.left_eye || !points.right_eye) return null;
  const eyes = centroid([points.left_eye, points.right_eye]);
  const eyeDistance = distance(points.left_eye, points.right_eye);
  if (!eyes || !(eyeDistance > 0) || !isFrontal(points, eyeDistance)) return null;
  return { eyeX: eyes.x, eyeY: eyes.y, faceScale: eyeDistance };
}
