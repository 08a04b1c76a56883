import type { Keypoint, KeypointName } from '../../../../../shared/posture/keypoints';
import type { PoseFrame } from '../../../../../renderer/routines/moves/pose-frame';

/**
 * Synthetic moves made by perturbing a REAL pose: only the keypoints a move would shift are
 * changed, by amounts measured on people (a chin tuck shrinks the head's apparent width by
 * roughly 5-10% at desk distance), so everything else stays as the camera saw it.
 */
export type PoseEdit = (pose: readonly Keypoint[]) => Keypoint[];

const HEAD: readonly KeypointName[] = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];

/** Median of each coordinate over many real frames: one steady, real-looking pose. */
export function medianPose(poses: readonly (readonly Keypoint[])[]): Keypoint[] {
  const med = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return poses[0]!.map((keypoint, i) => ({
    name: keypoint.name,
    x: med(poses.map((p) => p[i]!.x)),
    y: med(poses.map((p) => p[i]!.y)),
    score: med(poses.map((p) => p[i]!.score)),
  }));
}

/** Head moves straight back: it shrinks about its own centre by `factor` (< 1). */
export const tuckHead =
  (factor: number): PoseEdit =>
  (pose) => {
    const head = pose.filter((k) => HEAD.includes(k.name));
    const cx = head.reduce((s, k) => s + k.x, 0) / head.length;
    const cy = head.reduce((s, k) => s + k.y, 0) / head.length;
    return pose.map((k) =>
      HEAD.includes(k.name)
        ? { ...k, x: cx + (k.x - cx) * factor, y: cy + (k.y - cy) * factor }
        : k,
    );
  };

/** Shoulders move out (factor > 1) or in (< 1) about the body's midline, and down by `drop` (image units). */
export const moveShoulders =
  (widthFactor: number, drop = 0): PoseEdit =>
  (pose) => {
    const left = pose.find((k) => k.name === 'left_shoulder')!;
    const right = pose.find((k) => k.name === 'right_shoulder')!;
    const mid = (left.x + right.x) / 2;
    return pose.map((k) =>
      k.name === 'left_shoulder' || k.name === 'right_shoulder'
        ? { ...k, x: mid + (k.x - mid) * widthFactor, y: k.y + drop }
        : k,
    );
  };

/** Both wrists raised to `aboveNose` (in nose-to-shoulder heights) above the nose, seen clearly. */
export const raiseWrists =
  (aboveNose: number): PoseEdit =>
  (pose) => {
    const nose = pose.find((k) => k.name === 'nose')!;
    const left = pose.find((k) => k.name === 'left_shoulder')!;
    const right = pose.find((k) => k.name === 'right_shoulder')!;
    const ruler = (left.y + right.y) / 2 - nose.y;
    const y = nose.y - aboveNose * ruler;
    return pose.map((k) => {
      if (k.name === 'left_wrist') return { ...k, x: left.x - 0.02, y, score: 0.9 };
      if (k.name === 'right_wrist') return { ...k, x: right.x + 0.02, y, score: 0.9 };
      return k;
    });
  };

/** Deterministic small noise (xorshift), the size of real frame-to-frame keypoint jitter. */
export function jitter(seed: number, amplitude: number): PoseEdit {
  // Spread nearby seeds apart: xorshift started from small seeds begins with small numbers.
  let state = Math.imul(seed ^ 0x9e3779b9, 2654435761) >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) / 0xffffffff) * 2 - 1;
  };
  return (pose) =>
    pose.map((k) => ({ ...k, x: k.x + next() * amplitude, y: k.y + next() * amplitude }));
}

export interface Segment {
  readonly ms: number;
  readonly edit?: PoseEdit;
}

/** Frames every `frameMs` through a list of segments, each holding an edited version of `base`. */
export function sequence(
  base: readonly Keypoint[],
  segments: readonly Segment[],
  frameMs = 100,
  noise?: PoseEdit,
): PoseFrame[] {
  const frames: PoseFrame[] = [];
  let t = 0;
  for (const segment of segments) {
    const pose = segment.edit ? segment.edit(base) : [...base];
    for (let elapsed = 0; elapsed < segment.ms; elapsed += frameMs, t += frameMs) {
      const keypoints = noise ? noise(pose) : pose;
      frames.push({ timeMs: t, keypoints });
    }
  }
  return frames;
}

/** `count` repetitions: hold the move for `holdMs`, rest for `restMs`. */
export function reps(edit: PoseEdit, count: number, holdMs = 1500, restMs = 1500): Segment[] {
  return Array.from({ length: count }, () => [{ ms: holdMs, edit }, { ms: restMs }]).flat();
}
