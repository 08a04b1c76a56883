import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../../../shared/posture/baseline';
import { calibrate } from '../../../../shared/posture/calibration';
import { judgeFrame, slouchScore } from '../../../../shared/posture/frame-verdict';
import { emptyFrame, frontalPose, uprightSession } from './support/synthetic-pose';

function baseline(): Baseline {
  const result = calibrate(uprightSession(), 'cam', 0);
  if (!result.ok) throw new Error(result.message);
  return result.baseline;
}

describe('judgeFrame', () => {
  const base = baseline();

  it('calls the calibrated posture upright with no reasons', () => {
    const verdict = judgeFrame(frontalPose(), base, 5);
    expect(verdict.state).toBe('upright');
    expect(verdict.reasons).toEqual([]);
    expect(verdict.evidence).toBeLessThan(0.2);
  });

  it('calls a head dropped toward the shoulders a slouch and says why', () => {
    const verdict = judgeFrame(frontalPose({ headDrop: 45 }), base, 5);
    expect(verdict.state).toBe('slouching');
    expect(verdict.reasons.map((r) => r.metric)).toEqual(
      expect.arrayContaining(['earLine', 'neckHeight']),
    );
    expect(verdict.reasons[0]?.deviation).toBeGreaterThanOrEqual(1);
    expect(verdict.reasons[0]?.message).toMatch(/head/i);
  });

  it('calls rounded shoulders with the head forward a slouch', () => {
    const verdict = judgeFrame(frontalPose({ shoulderScale: 0.75, headScale: 1.1 }), base, 5);
    expect(verdict.state).toBe('slouching');
    expect(verdict.reasons.map((r) => r.metric)).toContain('headSize');
  });

  it('lets a small movement pass', () => {
    expect(judgeFrame(frontalPose({ headDrop: 10 }), base, 5).state).toBe('upright');
  });

  it('lets a glance at the keyboard pass: the chin drops, the ears hardly move', () => {
    // Eyes and nose 20 px lower against the ears, the ears 8 px lower (0.2 eye distances).
    const glance = judgeFrame(frontalPose({ headDrop: 8, chinDown: 20 }), base, 5);
    expect(glance.state).toBe('upright');
    expect(glance.reasons.map((r) => r.metric)).toContain('headPitch');
    expect(judgeFrame(frontalPose({ headDrop: 45, chinDown: 20 }), base, 5).state).toBe(
      'slouching',
    );
  });

  it('is stricter at high sensitivity and more relaxed at low', () => {
    const pose = frontalPose({ headDrop: 15 });
    expect(judgeFrame(pose, base, 10).state).toBe('slouching');
    expect(judgeFrame(pose, base, 5).state).toBe('upright');
    expect(judgeFrame(frontalPose({ headDrop: 30 }), base, 5).state).toBe('slouching');
    expect(judgeFrame(frontalPose({ headDrop: 30 }), base, 1).state).toBe('upright');
  });

  it('says away when nobody is there', () => {
    expect(judgeFrame(emptyFrame(), base, 5).state).toBe('away');
    expect(judgeFrame({ ...frontalPose(), personCount: 0 }, base, 5).state).toBe('away');
    expect(judgeFrame({ keypoints: [], imageWidth: 640, imageHeight: 480 }, base, 5).state).toBe(
      'away',
    );
  });

  it('says uncertain when several people are in view, even if one slouches', () => {
    const verdict = judgeFrame({ ...frontalPose({ headDrop: 60 }), personCount: 2 }, base, 5);
    expect(verdict.state).toBe('uncertain');
    expect(verdict.reasons[0]?.metric).toBe('people');
  });

  it('judges by where the face sits when the shoulders are out of frame, and flags the misfit', () => {
    const shouldersGone = ['left_shoulder', 'right_shoulder'] as const;
    const still = judgeFrame(frontalPose({ weak: shouldersGone }), base, 5);
    expect(still.state).toBe('upright');
    expect(still.misfit).toBe(true);
    const sunk = judgeFrame(frontalPose({ headDrop: 45, weak: shouldersGone }), base, 5);
    expect(sunk.state).toBe('slouching');
    expect(sunk.reasons[0]?.metric).toBe('earLine');
  });

  it('says uncertain when neither face nor shoulders can be measured', () => {
    const verdict = judgeFrame(
      frontalPose({
        weak: ['left_eye', 'right_eye', 'left_ear', 'right_ear', 'left_shoulder', 'right_shoulder'],
      }),
      base,
      5,
    );
    expect(verdict.state).toBe('uncertain');
    expect(verdict.reasons[0]?.metric).toBe('keypoints');
  });

  it('falls back to the eyes when an ear is hidden', () => {
    const verdict = judgeFrame(frontalPose({ headDrop: 60, weak: ['left_ear'] }), base, 5);
    expect(verdict.state).toBe('slouching');
    expect(verdict.reasons.map((r) => r.metric)).toEqual(
      expect.arrayContaining(['eyeLine', 'neckHeightByEyes']),
    );
    expect(verdict.reasons.map((r) => r.metric)).not.toContain('earLine');
    expect(judgeFrame(frontalPose({ weak: ['left_ear'] }), base, 5).state).toBe('upright');
  });
});

describe('slouchScore', () => {
  const base = baseline();
  // The synthetic person's eyes are 40 px apart, and an adult's are about 6.3 cm apart.
  const PX_PER_CM = 40 / 6.3;
  const headDroppedBy = (cm: number) =>
    judgeFrame(frontalPose({ headDrop: cm * PX_PER_CM }), base, 5);

  it('reads 0 at the calibrated upright posture, and with the head held higher', () => {
    expect(slouchScore(headDroppedBy(0).evidence)).toBe(0);
    expect(slouchScore(headDroppedBy(-3).evidence)).toBe(0);
  });

  it('crosses one half exactly where the verdict turns to slouching, and rises with the drop', () => {
    // The head sinking from upright to 12 cm lower, a millimetre at a time.
    const sweep = Array.from({ length: 121 }, (_, mm) => headDroppedBy(mm / 10));
    const scores = sweep.map((verdict) => slouchScore(verdict.evidence));
    // Both sides of the line are in the sweep, so the comparison below is not vacuous.
    expect(sweep[0]?.state).toBe('upright');
    expect(sweep.at(-1)?.state).toBe('slouching');
    sweep.forEach((verdict, mm) => {
      expect(scores[mm]! >= 0.5, `${mm} mm: ${verdict.state} at ${scores[mm]}`).toBe(
        verdict.state === 'slouching',
      );
    });
    scores.slice(1).forEach((score, mm) => expect(score).toBeGreaterThanOrEqual(scores[mm]!));
  });

  it('stays at most 1 (the IPC contract refuses more), however far the head drops', () => {
    expect(slouchScore(headDroppedBy(30).evidence)).toBe(1);
  });
});
