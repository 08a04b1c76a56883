import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PoseDetector } from '../../../../renderer/pose/detector';
import {
  KEYPOINT_NAMES,
  type Keypoint,
  type KeypointName,
} from '../../../../shared/posture/keypoints';
import type { PostureSample } from '../../../../renderer/pose/posture-sample';
import { DEFAULT_SAMPLING, poseChangeBetween } from '../../../../renderer/pose/sampling-policy';
import {
  createNodePoseDetector,
  decodeJpegFile,
  estimateImageFile,
  pixelsToTensor,
  tf,
} from '../../../support/node-pose';
import { recordingFrames } from '../../../support/repo-paths';

/** Evenly spread frames across each recording: the subject moves over time. */
const FRAMES_PER_LABEL = 6;

function framesOf(label: 'upright' | 'slouched'): string[] {
  const all = recordingFrames(label);
  const step = Math.floor(all.length / FRAMES_PER_LABEL);
  return Array.from({ length: FRAMES_PER_LABEL }, (_, i) => all[i * step]!);
}

function nthFrameAfter(label: 'upright' | 'slouched', file: string, n: number): string {
  const all = recordingFrames(label);
  return all[Math.min(all.indexOf(file) + n, all.length - 1)]!;
}

function point(sample: PostureSample, name: KeypointName): Keypoint {
  const found = sample.keypoints.find((k) => k.name === name);
  if (!found) throw new Error(`missing keypoint ${name}`);
  return found;
}

describe('MoveNet Lightning on real webcam frames (tfjs wasm in Node)', () => {
  let detector: PoseDetector;
  const results = new Map<string, PostureSample>();
  const upright = framesOf('upright');
  const slouched = framesOf('slouched');

  beforeAll(async () => {
    detector = await createNodePoseDetector();
    for (const file of [...upright, ...slouched]) {
      const sample = await estimateImageFile(detector, file);
      if (!sample) throw new Error(`no pose found in ${file}`);
      results.set(file, sample);
    }
  });
  afterAll(() => detector?.dispose());

  it('runs on the wasm backend', () => {
    expect(tf.getBackend()).toBe('wasm');
    expect(detector.backend).toBe('wasm');
  });

  it('returns 17 keypoints in KEYPOINT_NAMES order, normalised to the 640x360 image', () => {
    for (const sample of results.values()) {
      expect(sample.keypoints.map((k) => k.name)).toEqual([...KEYPOINT_NAMES]);
      expect(sample.imageWidth).toBe(640);
      expect(sample.imageHeight).toBe(360);
      for (const k of sample.keypoints) {
        for (const v of [k.x, k.y, k.score]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it.each([
    ['upright', upright, 0.1],
    ['slouched', slouched, 0.02],
  ] as const)('%s: the nose is above both shoulders', (_label, files, margin) => {
    for (const file of files) {
      const sample = results.get(file)!;
      const nose = point(sample, 'nose');
      expect(point(sample, 'left_shoulder').y - nose.y, file).toBeGreaterThan(margin);
      expect(point(sample, 'right_shoulder').y - nose.y, file).toBeGreaterThan(margin);
    }
  });

  it('eyes sit beside and above the nose, the subject’s left eye on the image right (not mirrored)', () => {
    for (const [file, sample] of results) {
      const nose = point(sample, 'nose');
      const left = point(sample, 'left_eye');
      const right = point(sample, 'right_eye');
      expect(left.x - nose.x, file).toBeGreaterThan(0.01);
      expect(nose.x - right.x, file).toBeGreaterThan(0.01);
      expect(left.x - nose.x, file).toBeLessThan(0.15);
      expect(nose.x - right.x, file).toBeLessThan(0.15);
      expect(Math.abs(left.y - nose.y), file).toBeLessThan(0.12);
      expect(Math.abs(right.y - nose.y), file).toBeLessThan(0.12);
      expect(left.score, file).toBeGreaterThan(0.2);
      expect(right.score, file).toBeGreaterThan(0.2);
    }
  });

  it('places the slouched head lower in the frame than the upright head', () => {
    const meanNoseY = (files: readonly string[]) =>
      files.reduce((sum, f) => sum + point(results.get(f)!, 'nose').y, 0) / files.length;
    expect(meanNoseY(slouched) - meanNoseY(upright)).toBeGreaterThan(0.05);
  });

  it('the sampler sees upright -> slouched as a posture change, a moment later as none', async () => {
    const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
    const across: number[] = [];
    const within: number[] = [];
    const push = (list: number[], value: number | null) => value !== null && list.push(value);
    for (let i = 0; i < FRAMES_PER_LABEL; i += 1) {
      const first = results.get(upright[i]!)!;
      push(across, poseChangeBetween(first, results.get(slouched[i]!)!));
      // five frames on in the same recording: the same posture a moment later
      const later = await estimateImageFile(detector, nthFrameAfter('upright', upright[i]!, 5));
      if (later) push(within, poseChangeBetween(first, later));
    }
    // Shoulders are weak in some frames (partly out of view): those pairs are skipped.
    expect(across.length).toBeGreaterThanOrEqual(3);
    expect(within.length).toBeGreaterThanOrEqual(3);
    expect(median(across)).toBeGreaterThan(DEFAULT_SAMPLING.poseChangeThreshold);
    expect(median(within)).toBeLessThan(DEFAULT_SAMPLING.steadyChangeThreshold);
  });

  it('gives the same keypoints on a second run over the same frames', async () => {
    for (const [file, first] of results) {
      const second = await estimateImageFile(detector, file);
      expect(second).not.toBeNull();
      second!.keypoints.forEach((k, i) => {
        const a = first.keypoints[i]!;
        expect(Math.abs(k.x - a.x)).toBeLessThan(1e-5);
        expect(Math.abs(k.y - a.y)).toBeLessThan(1e-5);
        expect(Math.abs(k.score - a.score)).toBeLessThan(1e-5);
      });
    }
  });

  it('leaks no tensors and leaves its input tensor intact', async () => {
    const image = pixelsToTensor(await decodeJpegFile(upright[0]!));
    const before = Array.from(image.dataSync());
    await detector.estimate(image, 0); // warm: the first call may allocate caches
    const tensorsBefore = tf.memory().numTensors;
    for (let i = 0; i < 5; i += 1) await detector.estimate(image, i * 1000);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
    expect(image.isDisposed).toBe(false);
    expect(Array.from(image.dataSync())).toEqual(before);
    image.dispose();
  });

  it('accepts ImageData-like RGBA pixels and agrees with the tensor path', async () => {
    const pixels = await decodeJpegFile(upright[1]!);
    const copy = pixels.data.slice();
    detector.reset();
    const fromPixels = await detector.estimate(pixels, 42);
    const fromFile = results.get(upright[1]!)!;
    expect(fromPixels?.timeMs).toBe(42);
    fromPixels!.keypoints.forEach((k, i) =>
      expect(Math.abs(k.y - fromFile.keypoints[i]!.y)).toBeLessThan(1e-5),
    );
    expect(pixels.data).toEqual(copy);
  });

  it('returns null when nobody is in the frame', async () => {
    const blank = tf.fill([240, 320, 3], 128, 'int32') as tf.Tensor3D;
    detector.reset();
    expect(await detector.estimate(blank, 0)).toBeNull();
    blank.dispose();
  });
});
