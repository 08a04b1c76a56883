import { centroid, distance, type ConfidentPoints, type PoseFrame } from './geometry';

/**
 * Where the face sits in the picture, as fractions of the image. Unlike the metrics this is
 * NOT independent of camera distance, on purpose: it is how we notice that the camera itself
 * moved, and the only evidence left when the shoulders slide out of the bottom of the frame.
 */
export interface Framing {
  /** Eye midpoint, fractions of image width and height. */
  readonly eyeX: number;
  readonly eyeY: number;
  /** Eye distance as a fraction of the image diagonal. */
  readonly faceScale: number;
}

export function measureFraming(frame: PoseFrame, points: ConfidentPoints): Framing | null {
  if (!points.left_eye || !points.right_eye) return null;
  const eyes = centroid([points.left_eye, points.right_eye]);
  const diagonal = Math.hypot(frame.imageWidth, frame.imageHeight);
  const eyeDistance = distance(points.left_eye, points.right_eye);
  if (!eyes || !(diagonal > 0) || !(eyeDistance > 0)) return null;
  return {
    eyeX: eyes.x / frame.imageWidth,
    eyeY: eyes.y / frame.imageHeight,
    faceScale: eyeDistance / diagonal,
  };
}
