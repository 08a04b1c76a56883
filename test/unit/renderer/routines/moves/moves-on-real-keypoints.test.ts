import { describe, expect, it } from 'vitest';
import type { Keypoint } from '../../../../../shared/posture/keypoints';
import { headToShoulderWidth } from '../../../../../renderer/routines/moves/move-measures';
import type { MoveId } from '../../../../../renderer/routines/moves/move-ids';
import { trackSequence } from '../../../../../renderer/routines/moves/move-tracker';
import { asFrames, blazeposeKeypoints, type BlazeSession } from '../support/blazepose-frames';

/**
 * The detectors on keypoints people actually produced (../shared/data/blazepose-webcam-landmarks).
 * Nobody in these recordings raised their arms or did exercises on cue, so they test two things:
 * moves are not invented from ordinary sitting, and the head and shoulder changes between
 * real slouched and real upright sitting (the changes a chin tuck and a squeeze make) are seen.
 */
const SESSIONS: BlazeSession[] = [
  'straight',
  'slouch',
  'slouch_roundshoulder',
  'uneven_shoulder',
  'lieback',
];

/**
 * A person starting in one real posture and moving into another `count` times: 1.5 s of the
 * start posture (the baseline), then 2 s blocks of the target posture taken from successive
 * parts of its recording, each followed by 2 s back in the start posture (the same stretch of
 * the start recording, since a person returns to where they began).
 */
function alternate(
  from: Keypoint[][],
  to: Keypoint[][],
  count: number,
  blockFrames = 20,
): Keypoint[][] {
  const out: Keypoint[][] = from.slice(0, 15);
  for (let i = 0; i < count; i += 1) {
    out.push(...to.slice(i * blockFrames, (i + 1) * blockFrames));
    out.push(...from.slice(15, 15 + blockFrames));
  }
  return out;
}

/** Cut every recording into `frames`-long windows and count the repetitions each window scores. */
function windowsOfSitting(moveId: MoveId, frames: number): { windows: number; reps: number } {
  let windows = 0;
  let reps = 0;
  for (const session of SESSIONS) {
    const poses = blazeposeKeypoints(session);
    for (let start = 0; start + frames <= poses.length; start += frames) {
      windows += 1;
      reps += trackSequence(moveId, asFrames(poses.slice(start, start + frames))).reps;
    }
  }
  return { windows, reps };
}

describe('move detectors on real recorded keypoints', () => {
  it.each(SESSIONS)(
    'overhead reach: no repetition anywhere in the real "%s" recording',
    (session) => {
      const frames = asFrames(blazeposeKeypoints(session));
      expect(frames.length).toBeGreaterThan(200);
      expect(trackSequence('overhead-reach', frames).reps).toBe(0);
    },
  );

  it('the head looks smaller next to the shoulders when sitting upright than when slouched forward', () => {
    const median = (session: BlazeSession): number => {
      const values = blazeposeKeypoints(session)
        .map(headToShoulderWidth)
        .filter((v): v is number => v !== null)
        .sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)]!;
    };
    // The premise of the chin-tuck check: bringing the head back shrinks this ratio.
    expect(median('straight')).toBeLessThan(median('slouch') * 0.95);
    expect(median('straight')).toBeLessThan(median('slouch_roundshoulder') * 0.95);
  });

  it('chin tuck: drawing the head back from a slouch into upright, four times, counts four', () => {
    const poses = alternate(blazeposeKeypoints('slouch'), blazeposeKeypoints('straight'), 4);
    expect(trackSequence('chin-tuck', asFrames(poses)).reps).toBe(4);
  });

  it('shoulder squeeze: moving from rounded shoulders to drawn-back ones, three times, counts three', () => {
    const poses = alternate(
      blazeposeKeypoints('slouch_roundshoulder'),
      blazeposeKeypoints('straight'),
      3,
    );
    expect(trackSequence('shoulder-squeeze', asFrames(poses)).reps).toBe(3);
  });

  // A pose-checked step lasts about 20 s and starts with a second of calibration, so 3-second
  // windows of ordinary sitting are the relevant test. The recordings are people shifting between
  // postures on purpose, a harder case than someone sitting through a stretch.
  it.each([
    ['chin-tuck', 0],
    ['overhead-reach', 0],
    ['shoulder-squeeze', 0.05],
  ] as const)(
    '%s: in 3-second stretches of real sitting, false repetitions stay at or under %s per window',
    (moveId, rate) => {
      const { windows, reps } = windowsOfSitting(moveId, 30);
      expect(windows).toBeGreaterThan(50);
      expect(reps / windows).toBeLessThanOrEqual(rate);
    },
  );
});
