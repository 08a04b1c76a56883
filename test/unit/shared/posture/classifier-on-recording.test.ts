import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoseDetector } from '../../../../renderer/pose/detector';
import type { PostureSample } from '../../../../renderer/pose/posture-sample';
import type { PostureReport } from '../../../../shared/core/posture-status';
import { calibrate } from '../../../../shared/posture/calibration';
import { initialClassifierState, stepClassifier } from '../../../../shared/posture/classifier';
import { createNodePoseDetector, estimateImageFile } from '../../../support/node-pose';
import { recordingFrames } from '../../../support/repo-paths';

/**
 * The live path end to end on real frames: the real MoveNet reading consecutive frames as the
 * monitor does (crop carried from frame to frame), a calibration on the first upright second,
 * then the smoothed classifier at 5 frames a second, time passed in.
 */
const FRAME_MS = 200;
const frames = (kind: 'upright' | 'slouched', from: number, to: number) =>
  recordingFrames(kind).slice(from, to);

describe('classifier on the frontal-webcam recording', () => {
  let detector: PoseDetector;
  beforeAll(async () => {
    detector = await createNodePoseDetector({ minPoseScore: 0 });
  });
  afterAll(() => detector?.dispose());

  async function read(paths: readonly string[]): Promise<PostureSample[]> {
    const samples: PostureSample[] = [];
    for (const path of paths) {
      const sample = await estimateImageFile(detector, path, { independent: false });
      if (sample) samples.push(sample);
    }
    return samples;
  }

  it('stays upright through upright sitting, including looking down, then reports the slouch', async () => {
    // Upright: the first 40 frames, then the stretch where the person looks down (140..180).
    const upright = await read([...frames('upright', 0, 40), ...frames('upright', 140, 180)]);
    const slouched = await read(frames('slouched', 0, 80));
    const calibration = calibrate(upright.slice(0, 10), 'webcam', 0);
    if (!calibration.ok) throw new Error(calibration.message);

    let state = initialClassifierState();
    const reports: PostureReport[] = [];
    let t = 0;
    for (const sample of [...upright.slice(10), ...slouched]) {
      const out = stepClassifier(state, sample, [calibration.baseline], 5, t);
      state = out.state;
      reports.push(out.report);
      t += FRAME_MS;
    }
    const uprightReports = reports.slice(0, upright.length - 10);
    const slouchedReports = reports.slice(upright.length - 10);
    expect(uprightReports.some((r) => r.state === 'slouching')).toBe(false);
    const firstSlouch = slouchedReports.findIndex((r) => r.state === 'slouching');
    expect(firstSlouch).toBeGreaterThanOrEqual(0);
    // Dwell time (8 s = 40 frames) plus smoothing, not much more.
    expect(firstSlouch * FRAME_MS).toBeLessThan(12_000);
    expect(slouchedReports.at(-1)?.state).toBe('slouching');
    expect(slouchedReports.at(-1)?.reasons.length).toBeGreaterThan(0);
  });
});
