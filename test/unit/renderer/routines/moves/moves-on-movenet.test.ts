import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoseDetector } from '../../../../../renderer/pose/detector';
import type { Keypoint } from '../../../../../shared/posture/keypoints';
import { headToShoulderWidth } from '../../../../../renderer/routines/moves/move-measures';
import { MOVE_IDS } from '../../../../../renderer/routines/moves/move-ids';
import { trackSequence } from '../../../../../renderer/routines/moves/move-tracker';
import { createNodePoseDetector, estimateImageFile } from '../../../../support/node-pose';
import { recordingFrames } from '../../../../support/repo-paths';
import { asFrames } from '../support/blazepose-frames';
import { raiseWrists, reps, sequence } from '../support/pose-edits';

/**
 * The detectors on keypoints from Poise's own model: MoveNet Lightning (tfjs wasm in Node) run
 * over consecutive real webcam frames of a person sitting upright (../shared/data/frontal-webcam).
 */
const FRAMES = 60;

function uprightFrames(): string[] {
  return recordingFrames('upright').slice(0, FRAMES);
}

describe('move detectors on MoveNet keypoints of real webcam frames', () => {
  let detector: PoseDetector;
  const poses: Keypoint[][] = [];

  beforeAll(async () => {
    detector = await createNodePoseDetector();
    for (const [i, file] of uprightFrames().entries()) {
      // Consecutive frames of one video, as the live monitor sees them.
      const sample = await estimateImageFile(detector, file, {
        timeMs: i * 100,
        independent: i === 0,
      });
      if (sample) poses.push([...sample.keypoints]);
    }
  });
  afterAll(() => detector?.dispose());

  it('finds a pose in nearly every frame', () => {
    expect(poses.length).toBeGreaterThanOrEqual(FRAMES - 3);
  });

  it.each(MOVE_IDS)('%s: six seconds of real upright sitting score no repetition', (moveId) => {
    const state = trackSequence(moveId, asFrames(poses));
    // Not vacuous: the tracker calibrated and watched the rest of the frames.
    expect(state.phase).not.toBe('calibrating');
    expect(state.reps).toBe(0);
  });

  it('overhead reach: a real MoveNet pose with both wrists raised above the head counts each reach', () => {
    const readable = poses.find((pose) => headToShoulderWidth(pose) !== null);
    expect(readable, 'a frame with both shoulders seen').toBeDefined();
    const frames = sequence(readable!, [{ ms: 1500 }, ...reps(raiseWrists(0.6), 3)]);
    expect(trackSequence('overhead-reach', frames).reps).toBe(3);
  });
});
