import type { Keypoint } from '../../../shared/posture/keypoints';
import { headToShoulderWidth, shoulderDrop, wristsAboveNose } from './move-measures';
import type { MoveId } from './move-ids';

/**
 * What each pose-checked move looks like to the camera. `read` turns a frame into numbers;
 * `activation` compares them with the person's own baseline (their first second in this move)
 * and says how far into the move they are, in units where `enter` means "doing it" and `exit`
 * means "let go". The gap between the two is the hysteresis that stops jitter counting twice.
 */
export interface MoveSpec {
  readonly id: MoveId;
  /** Every component must be present for the frame to count; null = not seen clearly. */
  read(keypoints: readonly Keypoint[]): readonly number[] | null;
  activation(current: readonly number[], baseline: readonly number[]): number;
  readonly enter: number;
  readonly exit: number;
  /** A repetition counts once the move was held this long and then released. */
  readonly minHoldMs: number;
  // The live words for each move are in the `routines` namespace: routines:moves.<id>.<cue>.
}

const relativeChange = (now: number, before: number): number =>
  before === 0 ? 0 : (now - before) / before;

export const MOVE_SPECS: Record<MoveId, MoveSpec> = {
  /**
   * Chin tuck: the head glides back, away from a front-facing camera, so it looks smaller next to
   * the shoulders, which stay put. Measured as the relative shrink of head width over shoulder width.
   */
  'chin-tuck': {
    id: 'chin-tuck',
    read: (keypoints) => {
      const ratio = headToShoulderWidth(keypoints);
      return ratio === null ? null : [ratio];
    },
    activation: ([now], [before]) => -relativeChange(now ?? 0, before ?? 0),
    enter: 0.05,
    exit: 0.025,
    minHoldMs: 1000,
  },
  /**
   * Shoulder-blade squeeze: the shoulders draw back and down. Seen from the front the shoulder
   * line changes width against the head and sinks away from the ears; either counts, whichever
   * is larger, because which way the width goes depends on how rounded the start position was.
   */
  'shoulder-squeeze': {
    id: 'shoulder-squeeze',
    read: (keypoints) => {
      const width = headToShoulderWidth(keypoints);
      const drop = shoulderDrop(keypoints);
      return width === null || drop === null ? null : [width, drop];
    },
    activation: ([width, drop], [baseWidth, baseDrop]) =>
      Math.max(
        Math.abs(relativeChange(width ?? 0, baseWidth ?? 0)),
        // Shoulders sinking moves less than width changes; scale it to the same thresholds.
        0.6 * relativeChange(drop ?? 0, baseDrop ?? 0),
      ),
    // A little stricter than the tuck: people shift their shoulders a lot while just sitting.
    enter: 0.06,
    exit: 0.03,
    minHoldMs: 1000,
  },
  /**
   * Overhead reach: both wrists above the nose. This one is absolute (arms are either up or not),
   * so the baseline only confirms the person is in view before counting starts.
   */
  'overhead-reach': {
    id: 'overhead-reach',
    read: (keypoints) => {
      const height = wristsAboveNose(keypoints);
      return height === null ? null : [height];
    },
    activation: ([height]) => height ?? -1,
    enter: 0.3,
    exit: 0,
    minHoldMs: 300,
  },
};
