import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../../shared/posture/calibration';
import { initialClassifierState, stepClassifier } from '../../../../shared/posture/classifier';
import type { FrameInput } from '../../../../shared/posture/frame-verdict';
import { emptyFrame, frontalPose, uprightSession } from './support/synthetic-pose';

function base() {
  const result = calibrate(uprightSession(), 'cam', 0);
  if (!result.ok) throw new Error(result.message);
  return result.baseline;
}

/** The same person, but the camera turned: everything shifted sideways in the picture. */
function shifted(frame: FrameInput, dx: number): FrameInput {
  return { ...frame, keypoints: frame.keypoints.map((k) => ({ ...k, x: k.x + dx })) };
}

function suggestions(frameAt: (t: number) => FrameInput, durationMs: number) {
  const baseline = base();
  let state = initialClassifierState();
  const flags: { t: number; suggested: boolean }[] = [];
  for (let t = 0; t < durationMs; t += 500) {
    const out = stepClassifier(state, frameAt(t), [baseline], 5, t);
    state = out.state;
    flags.push({ t, suggested: out.report.recalibrationSuggested ?? false });
  }
  return flags;
}

describe('baseline fit (camera moved)', () => {
  it('stays quiet for an ordinary session with slouches and absences', () => {
    const flags = suggestions(
      (t) =>
        t % 60_000 < 20_000
          ? frontalPose()
          : t % 60_000 < 40_000
            ? frontalPose({ headDrop: 50 })
            : emptyFrame(),
      600_000,
    );
    expect(flags.some((f) => f.suggested)).toBe(false);
  });

  it('suggests recalibrating once the picture has stopped fitting for over a minute', () => {
    const flags = suggestions(
      (t) => (t < 10_000 ? frontalPose() : shifted(frontalPose(), 0.3)),
      300_000,
    );
    const firstAt = flags.find((f) => f.suggested)?.t;
    expect(firstAt).toBeDefined();
    expect(firstAt! - 10_000).toBeGreaterThanOrEqual(60_000);
    expect(firstAt! - 10_000).toBeLessThan(180_000);
    expect(flags.at(-1)?.suggested).toBe(true);
  });

  it('notices a camera that now cannot see the shoulders at all', () => {
    const flags = suggestions(
      () => frontalPose({ weak: ['left_shoulder', 'right_shoulder'] }),
      300_000,
    );
    expect(flags.at(-1)?.suggested).toBe(true);
  });

  it('withdraws the suggestion when the old view returns', () => {
    const flags = suggestions(
      (t) => (t < 200_000 ? shifted(frontalPose(), 0.3) : frontalPose()),
      400_000,
    );
    expect(flags.find((f) => f.t === 199_500)?.suggested).toBe(true);
    expect(flags.at(-1)?.suggested).toBe(false);
  });
});
