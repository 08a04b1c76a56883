import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordingFor } from '../../../../../shared/core/i18n/wording';
import type { Keypoint } from '../../../../../shared/posture/keypoints';
import { MOVE_IDS, type MoveId } from '../../../../../renderer/routines/moves/move-ids';
import { MOVE_SPECS } from '../../../../../renderer/routines/moves/move-specs';
import {
  CALIBRATION_MS,
  moveCueText,
  moveFeedback,
  startMoveTracker,
  trackMove,
  trackSequence,
} from '../../../../../renderer/routines/moves/move-tracker';
import { routines as en } from '../../../../../shared/core/i18n/en/routines';
import { blazeposeKeypoints } from '../support/blazepose-frames';
import {
  jitter,
  medianPose,
  moveShoulders,
  raiseWrists,
  reps,
  sequence,
  tuckHead,
} from '../support/pose-edits';

const english = wordingFor('en-GB', 'en', 'UTC').t;

/** A real upright pose: the median of the first two seconds of the "straight" recording. */
const upright: Keypoint[] = medianPose(blazeposeKeypoints('straight').slice(0, 20));
const settle = { ms: 1500 }; // calibration plus a moment of stillness

const MOVES: Record<MoveId, ReturnType<typeof tuckHead>> = {
  'chin-tuck': tuckHead(0.9),
  'shoulder-squeeze': moveShoulders(1.1, 0.01),
  'overhead-reach': raiseWrists(0.6),
};

describe('move trackers on a real upright pose, perturbed', () => {
  it.each(MOVE_IDS)('%s: counts each held-and-released repetition once', (moveId) => {
    const frames = sequence(upright, [settle, ...reps(MOVES[moveId], 4)]);
    expect(trackSequence(moveId, frames).reps).toBe(4);
  });

  it.each(MOVE_IDS)(
    '%s: the same move with jitter from real keypoint noise still counts',
    (moveId) => {
      const frames = sequence(upright, [settle, ...reps(MOVES[moveId], 3)], 66, jitter(7, 0.003));
      expect(trackSequence(moveId, frames).reps).toBe(3);
    },
  );

  it.each(MOVE_IDS)('%s: a flick shorter than the minimum hold does not count', (moveId) => {
    const spec = MOVE_SPECS[moveId];
    const flick = Math.max(100, spec.minHoldMs - 300);
    const frames = sequence(upright, [settle, ...reps(MOVES[moveId], 3, flick, 1500)], 50);
    expect(trackSequence(moveId, frames).reps).toBe(0);
  });

  it('chin tuck: a head that only shrinks 2% (well under a tuck) never counts', () => {
    const frames = sequence(upright, [settle, ...reps(tuckHead(0.98), 5)]);
    expect(trackSequence('chin-tuck', frames).reps).toBe(0);
  });

  it('overhead reach: hands up to the chin only (below the nose) never counts', () => {
    const frames = sequence(upright, [settle, ...reps(raiseWrists(-0.3), 4)]);
    expect(trackSequence('overhead-reach', frames).reps).toBe(0);
  });

  it('shoulder squeeze: shoulders drawn in (narrower) count as well as out', () => {
    const frames = sequence(upright, [settle, ...reps(moveShoulders(0.9), 3)]);
    expect(trackSequence('shoulder-squeeze', frames).reps).toBe(3);
  });

  it('hysteresis: wobbling between the exit and enter thresholds counts at most once', () => {
    // Alternate 6.5% and 4% head shrink: in, then never back below the 2.5% release line.
    const wobble = Array.from({ length: 8 }, (_, i) => ({
      ms: 700,
      edit: tuckHead(i % 2 === 0 ? 0.935 : 0.96),
    }));
    const frames = sequence(upright, [settle, ...wobble, { ms: 1500 }]);
    expect(trackSequence('chin-tuck', frames).reps).toBe(1);
  });

  it('property: a still person with real-sized jitter never scores a repetition', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MOVE_IDS),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 0.002, noNaN: true }),
        (moveId, seed, amplitude) => {
          const frames = sequence(upright, [{ ms: 20_000 }], 100, jitter(seed, amplitude));
          return trackSequence(moveId, frames).reps === 0;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: the count equals the repetitions done, for any number and pace of them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MOVE_IDS),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1400, max: 3000 }),
        fc.integer({ min: 800, max: 3000 }),
        fc.integer({ min: 33, max: 150 }),
        (moveId, count, holdMs, restMs, frameMs) => {
          const frames = sequence(
            upright,
            [settle, ...reps(MOVES[moveId], count, holdMs, restMs)],
            frameMs,
          );
          return trackSequence(moveId, frames).reps === count;
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('calibration, time and feedback', () => {
  it('takes the baseline from the first second, so a person already mid-move is not counted', () => {
    // Starts tucked and stays tucked: relative to themselves, nothing happens.
    const frames = sequence(upright, [{ ms: 6000, edit: tuckHead(0.9) }]);
    const state = trackSequence('chin-tuck', frames);
    expect(state.reps).toBe(0);
    expect(state.phase).toBe('ready');
  });

  it('stays calibrating until a full second of readable frames has passed', () => {
    let state = startMoveTracker('chin-tuck');
    for (const frame of sequence(upright, [{ ms: CALIBRATION_MS - 100 }]))
      state = trackMove(state, frame);
    expect(state.phase).toBe('calibrating');
    expect(moveFeedback(state, CALIBRATION_MS - 100, english).text).toMatch(/still/i);
    state = trackMove(state, { timeMs: CALIBRATION_MS + 50, keypoints: upright });
    expect(state.phase).toBe('ready');
    expect(state.baseline).not.toBeNull();
  });

  it('ignores frames that arrive out of order', () => {
    const frames = sequence(upright, [settle, { ms: 1500, edit: tuckHead(0.9) }]);
    const state = trackSequence('chin-tuck', frames);
    const late = trackMove(state, { timeMs: 10, keypoints: tuckHead(1)(upright) });
    expect(late).toBe(state);
  });

  it('says when the camera cannot see the person, and recovers when it can', () => {
    const unseen = upright.map((k) => ({ ...k, score: 0.05 }));
    let state = trackSequence('chin-tuck', sequence(upright, [settle]));
    for (let t = 1600; t <= 4000; t += 100)
      state = trackMove(state, { timeMs: t, keypoints: unseen });
    expect(moveFeedback(state, 4000, english).phase).toBe('lost');
    state = trackMove(state, { timeMs: 4100, keypoints: upright });
    expect(moveFeedback(state, 4100, english).phase).toBe('ready');
  });

  it('walks the person through start, hold and release with the move’s own words', () => {
    const words = en.moves['chin-tuck'];
    let state = trackSequence('chin-tuck', sequence(upright, [settle]));
    expect(moveFeedback(state, 1500, english).text).toBe(words.start);
    const tucked = tuckHead(0.9)(upright);
    const texts: string[] = [];
    for (let t = 1600; t <= 3000; t += 100) {
      state = trackMove(state, { timeMs: t, keypoints: tucked });
      texts.push(moveFeedback(state, t, english).text);
    }
    expect(texts).toContain(words.hold);
    expect(texts.at(-1)).toBe(words.release);
    for (let t = 3100; t <= 4000; t += 100)
      state = trackMove(state, { timeMs: t, keypoints: upright });
    expect(moveFeedback(state, 4000, english)).toMatchObject({ reps: 1, text: words.start });
  });

  it('speaks German when the person reads German, for every cue of every move', () => {
    const german = wordingFor('de-DE', 'de', 'UTC').t;
    let state = trackSequence('chin-tuck', sequence(upright, [settle]));
    expect(moveFeedback(state, 1500, german)).toMatchObject({
      cue: 'start',
      text: 'Schieben Sie den Kopf gerade nach hinten, das Kinn bleibt waagerecht.',
    });
    state = startMoveTracker('chin-tuck');
    expect(moveFeedback(state, 0, german).text).toBe('Bitte einen Moment still sitzen…');
    for (const moveId of MOVE_IDS) {
      for (const cue of ['start', 'further', 'hold', 'release'] as const) {
        const words = moveCueText(moveId, cue, german);
        expect(words, `${moveId} ${cue}`).not.toBe(moveCueText(moveId, cue, english));
        expect(words, `${moveId} ${cue}`).not.toMatch(/routines:|moves\./);
      }
    }
  });

  it('never changes the frames it is given', () => {
    const frames = sequence(upright, [settle, ...reps(MOVES['chin-tuck'], 2)]);
    const copy = structuredClone(frames);
    trackSequence('chin-tuck', frames);
    expect(frames).toEqual(copy);
  });
});
