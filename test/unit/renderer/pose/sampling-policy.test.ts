import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYPOINT_NAMES, type Keypoint } from '../../../../shared/posture/keypoints';
import {
  DEFAULT_SAMPLING as C,
  afterAnalysis,
  afterRepeat,
  decide,
  initialSamplingState,
  nextTickDelay,
  poseChangeBetween,
  type MonitorMode,
  type SamplingState,
} from '../../../../renderer/pose/sampling-policy';

const analysedAt = (t: number): SamplingState => afterAnalysis(initialSamplingState, t, null);

describe('decide', () => {
  it('analyses the first frame, and any frame without a reference thumbnail', () => {
    expect(decide(initialSamplingState, { nowMs: 0, mode: 'normal', motion: 0 })).toBe('analyse');
    expect(decide(analysedAt(0), { nowMs: 500, mode: 'normal', motion: null })).toBe('analyse');
  });

  it.each([
    // [ms since last analysis, motion, expected]
    [1000, C.motionThreshold, 'analyse'], // moved: look again
    [1000, C.motionThreshold - 0.01, 'idle'], // still, heartbeat not yet due
    [C.heartbeatMs, 0, 'repeat'], // still: repeat the last result, no model run
    [C.refreshMs, 0, 'analyse'], // still for long: refresh anyway
  ] as const)(
    'normal mode, %i ms after an analysis with motion %d -> %s',
    (since, motion, expected) => {
      expect(decide(analysedAt(10_000), { nowMs: 10_000 + since, mode: 'normal', motion })).toBe(
        expected,
      );
    },
  );

  it('repeats the heartbeat relative to the last emission, not the last analysis', () => {
    const repeated = afterRepeat(analysedAt(0), C.heartbeatMs);
    expect(decide(repeated, { nowMs: C.heartbeatMs + 1000, mode: 'normal', motion: 0 })).toBe(
      'idle',
    );
    expect(decide(repeated, { nowMs: 2 * C.heartbeatMs, mode: 'normal', motion: 0 })).toBe(
      'repeat',
    );
  });

  it('relaxes to one analysis per relaxed interval while a steady person fidgets, not for large motion', () => {
    let steady = analysedAt(0);
    for (let i = 1; i <= C.steadyRunsToRelax; i += 1)
      steady = afterAnalysis(steady, i * 1000, C.steadyChangeThreshold / 2);
    const t = C.steadyRunsToRelax * 1000;
    const fidget = (C.motionThreshold + C.largeMotion) / 2;
    expect(decide(steady, { nowMs: t + 1000, mode: 'normal', motion: fidget })).toBe('idle');
    expect(decide(steady, { nowMs: t + C.relaxedIntervalMs, mode: 'normal', motion: fidget })).toBe(
      'analyse',
    );
    expect(decide(steady, { nowMs: t + 1000, mode: 'normal', motion: C.largeMotion })).toBe(
      'analyse',
    );
    // one unsteady analysis and it is back to once a second
    const moved = afterAnalysis(steady, t + 1000, C.steadyChangeThreshold);
    expect(decide(moved, { nowMs: t + 2000, mode: 'normal', motion: fidget })).toBe('analyse');
  });

  it('once the posture has settled, looks only every settled interval, even at large motion', () => {
    let state = analysedAt(0);
    for (let i = 1; i <= C.steadyRunsToSettle; i += 1)
      state = afterAnalysis(state, i * 1000, C.steadyChangeThreshold / 2);
    const t = C.steadyRunsToSettle * 1000;
    expect(C.settledIntervalMs).toBeGreaterThan(C.relaxedIntervalMs);
    for (const motion of [C.motionThreshold, C.largeMotion, 200]) {
      expect(decide(state, { nowMs: t + C.relaxedIntervalMs, mode: 'normal', motion })).toBe(
        'idle',
      );
      expect(decide(state, { nowMs: t + C.settledIntervalMs, mode: 'normal', motion })).toBe(
        'analyse',
      );
    }
    // One step short of settled, a large motion is still analysed at the next tick.
    const almost = afterAnalysis(analysedAt(0), 1000, 1);
    let short = almost;
    for (let i = 2; i <= C.steadyRunsToSettle; i += 1)
      short = afterAnalysis(short, i * 1000, C.steadyChangeThreshold / 2);
    expect(decide(short, { nowMs: t + 1000, mode: 'normal', motion: C.largeMotion })).toBe(
      'analyse',
    );
    // The look that sees the slump ends the settled state: the next motion is analysed at once.
    const slumped = afterAnalysis(state, t + C.settledIntervalMs, C.poseChangeThreshold);
    expect(
      decide(slumped, {
        nowMs: t + C.settledIntervalMs + C.changingIntervalMs,
        mode: 'normal',
        motion: C.motionThreshold,
      }),
    ).toBe('analyse');
  });

  it('sees a slump that starts while settled within the nudge grace period', () => {
    // Settled, then the person slumps: every tick after that shows motion and a changed pose.
    let state = analysedAt(0);
    let t = 0;
    for (let i = 1; i <= C.steadyRunsToSettle; i += 1) {
      t = i * 1000;
      state = afterAnalysis(state, t, 0);
    }
    const slumpAt = t + 1;
    let seenAt: number | null = null;
    while (seenAt === null) {
      t += nextTickDelay(state, 'normal', t);
      if (decide(state, { nowMs: t, mode: 'normal', motion: C.largeMotion }) === 'analyse') {
        seenAt = t;
      }
    }
    expect(seenAt - slumpAt).toBeLessThanOrEqual(C.settledIntervalMs);
    expect(seenAt - slumpAt).toBeLessThan(20_000 / 4);
  });

  it('never leaves more than the settled interval between analyses while the scene keeps moving', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 30, noNaN: true }),
            fc.double({ min: 0, max: 0.3, noNaN: true }),
          ),
          {
            minLength: 10,
            maxLength: 200,
          },
        ),
        (ticks) => {
          let state = analysedAt(0);
          let t = 0;
          for (const [extra, change] of ticks) {
            t += nextTickDelay(state, 'normal', t);
            const motion = C.motionThreshold + extra;
            const d = decide(state, { nowMs: t, mode: 'normal', motion });
            if (d === 'analyse') state = afterAnalysis(state, t, change);
            const gap = t - state.lastAnalysisMs!;
            const settled = state.steadyRuns >= C.steadyRunsToSettle;
            expect(gap).toBeLessThan(settled ? C.settledIntervalMs : C.relaxedIntervalMs);
          }
        },
      ),
    );
  });

  it.each(['calibrating', 'exercise'] as const)(
    '%s mode analyses every tick, even when nothing moved',
    (mode) => {
      expect(decide(analysedAt(0), { nowMs: 10, mode, motion: 0 })).toBe('analyse');
    },
  );

  it('in a perfectly still scene runs the model at most once per refresh period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60_000, max: 3_600_000 }), (durationMs) => {
        let state = analysedAt(0);
        let runs = 0;
        let emits = 0;
        let lastEmit = 0;
        let maxGap = 0;
        for (let t = 0; t <= durationMs; t += nextTickDelay(state, 'normal', t)) {
          const d = decide(state, { nowMs: t, mode: 'normal', motion: 0 });
          if (d === 'analyse') {
            runs += 1;
            state = afterAnalysis(state, t, 0);
          } else if (d === 'repeat') state = afterRepeat(state, t);
          if (d !== 'idle') {
            emits += 1;
            maxGap = Math.max(maxGap, t - lastEmit);
            lastEmit = t;
          }
        }
        expect(runs).toBeLessThanOrEqual(Math.ceil(durationMs / C.refreshMs) + 1);
        // and yet a sample still arrives every few seconds
        expect(maxGap).toBeLessThanOrEqual(C.heartbeatMs + C.stableIntervalMs);
        expect(emits).toBeGreaterThan(durationMs / (C.heartbeatMs + C.stableIntervalMs) - 1);
      }),
      { numRuns: 30 },
    );
  });
});

describe('nextTickDelay', () => {
  it.each([
    ['normal', C.stableIntervalMs],
    ['calibrating', C.calibratingIntervalMs],
    ['exercise', C.exerciseIntervalMs],
  ] as [MonitorMode, number][])('%s -> %i ms', (mode, delay) => {
    expect(nextTickDelay(analysedAt(0), mode, 100)).toBe(delay);
  });

  it('samples faster for a while after the posture changed, then slows down again', () => {
    const changed = afterAnalysis(analysedAt(0), 1000, C.poseChangeThreshold);
    expect(nextTickDelay(changed, 'normal', 1000)).toBe(C.changingIntervalMs);
    expect(nextTickDelay(changed, 'normal', 1000 + C.changingHoldMs - 1)).toBe(
      C.changingIntervalMs,
    );
    expect(nextTickDelay(changed, 'normal', 1000 + C.changingHoldMs)).toBe(C.stableIntervalMs);
  });

  it('a small pose change does not speed sampling up', () => {
    const calm = afterAnalysis(analysedAt(0), 1000, C.poseChangeThreshold / 2);
    expect(nextTickDelay(calm, 'normal', 1000)).toBe(C.stableIntervalMs);
  });
});

const HEAD = new Set(['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear']);

/** Head and shoulders at 640x480, shoulders 200 px apart; `head` moves only the face keypoints. */
function pose(
  shift: { dx: number; dy: number; head?: number },
  score = 0.9,
  width = 640,
  height = 480,
) {
  const base: Record<string, [number, number]> = {
    nose: [320, 200],
    left_eye: [340, 185],
    right_eye: [300, 185],
    left_ear: [365, 195],
    right_ear: [275, 195],
    left_shoulder: [420, 330],
    right_shoulder: [220, 330],
  };
  const scale = width / 640;
  const keypoints: Keypoint[] = KEYPOINT_NAMES.map((name) => {
    const at = base[name];
    if (!at) return { name, x: 0.5, y: 0.99, score: 0.05 };
    const headDrop = HEAD.has(name) ? (shift.head ?? 0) : 0;
    return {
      name,
      x: ((at[0] + shift.dx) * scale) / width,
      y: ((at[1] + shift.dy + headDrop) * scale) / height,
      score,
    };
  });
  return { keypoints, imageWidth: width, imageHeight: height };
}

describe('poseChangeBetween', () => {
  it('ignores the whole upper body shifting together (swaying, sliding in the chair)', () => {
    expect(poseChangeBetween(pose({ dx: 0, dy: 0 }), pose({ dx: 25, dy: 40 }))).toBeCloseTo(0, 9);
  });

  it('measures the head moving relative to the shoulders, in shoulder widths', () => {
    // 5 face keypoints drop 60 px: common shift 60*5/7; residuals 60*2/7 (x5) and 60*5/7 (x2).
    const expected = ((5 * (60 * 2)) / 7 + (2 * (60 * 5)) / 7) / 7 / 200;
    expect(poseChangeBetween(pose({ dx: 0, dy: 0 }), pose({ dx: 0, dy: 0, head: 60 }))).toBeCloseTo(
      expected,
      9,
    );
    expect(expected).toBeGreaterThan(C.poseChangeThreshold);
  });

  it('does not depend on image size or camera distance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.integer({ min: -50, max: 50 }),
        (scale, head) => {
          const small = poseChangeBetween(pose({ dx: 0, dy: 0 }), pose({ dx: 0, dy: 0, head }));
          const big = poseChangeBetween(
            pose({ dx: 0, dy: 0 }, 0.9, 640 * scale, 480 * scale),
            pose({ dx: 0, dy: 0, head }, 0.9, 640 * scale, 480 * scale),
          );
          expect(big).not.toBeNull();
          expect(big!).toBeCloseTo(small!, 6);
        },
      ),
    );
  });

  it('is null when the keypoints are too weak to compare', () => {
    expect(
      poseChangeBetween(pose({ dx: 0, dy: 0 }, 0.1), pose({ dx: 0, dy: 0, head: 30 }, 0.1)),
    ).toBeNull();
  });
});
