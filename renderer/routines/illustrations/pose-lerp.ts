import type { FigurePose, Point } from './figure-specs';

const lerpPoint = (a: Point, b: Point, t: number): Point => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
];

const lerpPair = (
  a: readonly [Point, Point],
  b: readonly [Point, Point],
  t: number,
): [Point, Point] => [lerpPoint(a[0], b[0], t), lerpPoint(a[1], b[1], t)];

/** The figure `t` (0..1) of the way from one pose to another. */
export function lerpPose(from: FigurePose, to: FigurePose, t: number): FigurePose {
  const k = Math.min(1, Math.max(0, t));
  return {
    head: lerpPoint(from.head, to.head, k),
    neck: lerpPoint(from.neck, to.neck, k),
    shoulders: lerpPair(from.shoulders, to.shoulders, k),
    elbows: lerpPair(from.elbows, to.elbows, k),
    wrists: lerpPair(from.wrists, to.wrists, k),
    hip: lerpPoint(from.hip, to.hip, k),
  };
}

/** A slow back-and-forth (0 -> 1 -> 0) over `periodMs`, for showing a move on the player's clock. */
export function swing(elapsedMs: number, periodMs = 4000): number {
  return 0.5 - 0.5 * Math.cos((2 * Math.PI * Math.max(0, elapsedMs)) / periodMs);
}
