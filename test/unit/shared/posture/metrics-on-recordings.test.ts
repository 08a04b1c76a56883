import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../../shared/posture/calibration';
import { judgeFrame, type FrameInput } from '../../../../shared/posture/frame-verdict';
import { confidentPoints } from '../../../../shared/posture/geometry';
import { measureMetrics, type MetricId } from '../../../../shared/posture/metrics';
import { median } from '../../../../shared/posture/robust-stats';
import { loadBlazePoseCsv, loadMoveNetCsv } from './support/keypoint-csv';

/**
 * Keypoints other people recorded with other pose models (BlazePose from the front, MoveNet
 * from the side and at an angle): the metrics must move the right way between postures of the
 * same person in the same room, compared by medians over each recording.
 */
function medianOf(frames: readonly FrameInput[], id: MetricId): number {
  const values = frames
    .map((f) => measureMetrics(confidentPoints(f))[id])
    .filter((v): v is number => v !== undefined);
  expect(values.length).toBeGreaterThan(frames.length / 2);
  return median(values);
}

/** Calibrate on the first 10 upright rows, then the share of each set judged slouching. */
function slouchShares(upright: readonly FrameInput[], ...others: (readonly FrameInput[])[]) {
  const result = calibrate(upright.slice(0, 10), 'recording', 0);
  if (!result.ok) throw new Error(result.message);
  const share = (frames: readonly FrameInput[]) =>
    frames.filter((f) => judgeFrame(f, result.baseline, 5).state === 'slouching').length /
    frames.length;
  return [share(upright.slice(10)), ...others.map(share)];
}

describe('metrics on BlazePose frontal webcam landmarks', () => {
  const straight = loadBlazePoseCsv('coords_webcam_straight_2.csv');
  const slouch = loadBlazePoseCsv('coords_webcam_slouch_2.csv');
  const rounded = loadBlazePoseCsv('coords_webcam_slouch_roundshoulder_2.csv');
  const uneven = loadBlazePoseCsv('coords_webcam_uneven_shoulder_2.csv');

  it('neck height falls from straight to slouch to slouch with rounded shoulders', () => {
    const s = medianOf(straight, 'neckHeight');
    const sl = medianOf(slouch, 'neckHeight');
    const r = medianOf(rounded, 'neckHeight');
    expect(sl).toBeLessThan(s * 0.75);
    expect(r).toBeLessThan(sl);
  });

  it('the head grows against the shoulders when slouching and more with rounded shoulders', () => {
    const s = medianOf(straight, 'headSize');
    expect(medianOf(slouch, 'headSize')).toBeGreaterThan(s * 1.1);
    expect(medianOf(rounded, 'headSize')).toBeGreaterThan(medianOf(slouch, 'headSize'));
  });

  it('the chin drops in a slouch', () => {
    expect(medianOf(slouch, 'headPitch')).toBeLessThan(medianOf(straight, 'headPitch') - 0.2);
  });

  it('uneven shoulders tilt the shoulder line by more than its tolerance floor', () => {
    const tilt = Math.abs(medianOf(uneven, 'shoulderTilt') - medianOf(straight, 'shoulderTilt'));
    expect(tilt).toBeGreaterThan(6);
  });

  it('the classifier calls slouches and keeps quiet on straight sitting', () => {
    const [straightShare, slouchShare, roundedShare] = slouchShares(straight, slouch, rounded);
    expect(straightShare).toBeLessThan(0.02);
    expect(slouchShare).toBeGreaterThan(0.9);
    expect(roundedShare).toBeGreaterThan(0.9);
  });
});

describe('metrics on MoveNet side and diagonal keypoints', () => {
  const mn = (name: string) => loadMoveNetCsv(`coords_movenet_${name}.csv`);
  const views = [
    {
      view: 'side',
      straight: 'straight_2',
      hunched: ['hunched', 'hunched_2'],
      rounded: ['hunched_roundshoulder', 'hunched_roundshoulder_2', 'hunched_roundshoulder_3'],
    },
    {
      view: 'diagonal left',
      straight: 'diagonal_left_straight_2',
      hunched: ['diagonal_left_hunched'],
      rounded: ['diagonal_left_hunched_roundshoulder'],
    },
    {
      view: 'diagonal right',
      straight: 'diagonal_right_straight_2',
      hunched: ['diagonal_right_hunched'],
      rounded: ['diagonal_right_hunched_roundshoulder'],
    },
    {
      view: 'right',
      straight: 'right_straight',
      hunched: ['right_hunched'],
      rounded: ['right_hunched_roundshoulder'],
    },
  ];

  for (const { view, straight, hunched, rounded } of views) {
    describe(`${view} view`, () => {
      const upright = mn(straight);
      const bent = [...hunched, ...rounded].map((name) => ({ name, frames: mn(name) }));

      it('the head leans further forward of the shoulders when hunched', () => {
        const base = Math.abs(medianOf(upright, 'neckAngle'));
        for (const { name, frames } of bent) {
          expect(Math.abs(medianOf(frames, 'neckAngle')), name).toBeGreaterThan(base + 10);
        }
      });

      it('the head sinks toward the chest, measured against the torso', () => {
        const base = medianOf(upright, 'torsoNeck');
        for (const { name, frames } of bent) {
          expect(medianOf(frames, 'torsoNeck'), name).toBeLessThan(base * 0.85);
        }
      });

      it('the classifier calls most hunched frames and almost no straight ones', () => {
        const [straightShare, ...bentShares] = slouchShares(upright, ...bent.map((b) => b.frames));
        expect(straightShare).toBeLessThan(0.02);
        for (const share of bentShares) expect(share).toBeGreaterThan(0.75);
      });
    });
  }
});
