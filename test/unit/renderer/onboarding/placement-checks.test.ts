import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PixelData, PoseDetector } from '../../../../renderer/pose/detector';
import { KEYPOINT_NAMES, type Keypoint } from '../../../../shared/posture/keypoints';
import {
  checkPlacement,
  meanBrightness,
  type PlacementCheckId,
  type PlacementStatus,
} from '../../../../renderer/onboarding/placement-checks';
import { createNodePoseDetector, decodeJpegFile, pixelsToTensor } from '../../../support/node-pose';
import { recordingFrames } from '../../../support/repo-paths';

/** Every 40th upright frame of the real recording: the person moves over time. */
function uprightFrames(): string[] {
  return recordingFrames('upright').filter((_, i) => i % 40 === 0);
}

/** A part of the picture, as a webcam aimed elsewhere (or zoomed in) would see it. */
function crop(image: PixelData, x0: number, y0: number, width: number, height: number): PixelData {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const from = ((y0 + y) * image.width + x0) * 4;
    data.set(image.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { data, width, height };
}

/** The same scene seen from further away: shrunk by `scale` into a grey frame of the same size. */
function shrink(image: PixelData, scale: number): PixelData {
  const { width, height } = image;
  const data = new Uint8Array(width * height * 4).fill(128);
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  const left = Math.round((width - w) / 2);
  const top = Math.round((height - h) / 2);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const src = (Math.floor(y / scale) * width + Math.floor(x / scale)) * 4;
      const dst = ((top + y) * width + left + x) * 4;
      data[dst] = image.data[src]!;
      data[dst + 1] = image.data[src + 1]!;
      data[dst + 2] = image.data[src + 2]!;
    }
  }
  return { data, width, height };
}

const darken = (image: PixelData, factor: number): PixelData => ({
  ...image,
  data: Uint8Array.from(image.data, (v, i) => (i % 4 === 3 ? v : Math.round(v * factor))),
});

describe('placement checks on real webcam frames (MoveNet in Node)', () => {
  let detector: PoseDetector;
  const frames = uprightFrames();
  const images = new Map<string, PixelData>();

  async function keypointsOf(image: PixelData): Promise<readonly Keypoint[] | null> {
    detector.reset();
    const tensor = pixelsToTensor(image);
    try {
      return (await detector.estimate(tensor, 0))?.keypoints ?? null;
    } finally {
      tensor.dispose();
    }
  }

  async function statuses(image: PixelData): Promise<Record<PlacementCheckId, PlacementStatus>> {
    const report = checkPlacement({
      keypoints: await keypointsOf(image),
      brightness: meanBrightness(image.data),
    });
    return Object.fromEntries(report.checks.map((c) => [c.id, c.status])) as Record<
      PlacementCheckId,
      PlacementStatus
    >;
  }

  beforeAll(async () => {
    detector = await createNodePoseDetector();
    for (const file of frames) images.set(file, await decodeJpegFile(file));
  });
  afterAll(() => detector?.dispose());

  it('passes every check for the real desk recording', async () => {
    expect(frames.length).toBeGreaterThanOrEqual(6);
    for (const file of frames) {
      const report = checkPlacement({
        keypoints: await keypointsOf(images.get(file)!),
        brightness: meanBrightness(images.get(file)!.data),
      });
      expect(
        report.checks.filter((c) => c.status !== 'ok').map((c) => `${c.id}: ${c.advice}`),
        file,
      ).toEqual([]);
      expect(report.ready).toBe(true);
    }
  });

  it('notices the shoulders leaving the bottom of the picture (camera tilted up)', async () => {
    const image = images.get(frames[0]!)!;
    const top = crop(image, 0, 0, image.width, Math.round(image.height * 0.72));
    const result = await statuses(top);
    expect(result.face).toBe('ok');
    expect(result.shoulders).toBe('problem');
  });

  it('notices a face at the edge of the picture (camera turned away)', async () => {
    const image = images.get(frames[0]!)!;
    // Keep the left part of the picture only, cutting through the face.
    const side = crop(image, 0, 0, Math.round(image.width * 0.5), image.height);
    const result = await statuses(side);
    expect(result.face).toBe('problem');
    expect(result.shoulders).toBe('problem');
  });

  it('tells someone far from the camera to come closer', async () => {
    const result = await statuses(shrink(images.get(frames[0]!)!, 0.4));
    expect(result.distance).toBe('problem');
  });

  it('tells someone very close to the camera to sit back', async () => {
    const image = images.get(frames[0]!)!;
    // A 2x zoom anchored at the bottom centre: the same person, much closer to the lens.
    const w = Math.round(image.width / 2);
    const h = Math.round(image.height / 2);
    const zoom = crop(image, Math.round((image.width - w) / 2), image.height - h, w, h);
    const result = await statuses(zoom);
    expect(result.distance).toBe('problem');
  });

  it('measures the light of real pixels: fine as recorded, too dark when dimmed', async () => {
    const image = images.get(frames[0]!)!;
    expect(meanBrightness(image.data)).toBeGreaterThan(0.4);
    const dim = await statuses(darken(image, 0.15));
    expect(dim.light).toBe('problem');
  });
});

describe('placement checks without a picture', () => {
  it('reports unknown, not a problem, before anything is measured', () => {
    const report = checkPlacement({ keypoints: null, brightness: null });
    expect(report.ready).toBe(false);
    expect(report.checks.map((c) => c.status)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('treats a washed-out picture as a light problem', () => {
    const report = checkPlacement({ keypoints: null, brightness: 0.97 });
    expect(report.checks.find((c) => c.id === 'light')?.status).toBe('problem');
  });

  it('flags low-confidence faces even when the points are inside the frame', () => {
    const keypoints = KEYPOINT_NAMES.map((name) => ({ name, x: 0.5, y: 0.5, score: 0.05 }));
    expect(checkPlacement({ keypoints, brightness: 0.5 }).checks[0]?.status).toBe('problem');
  });

  it('averages luma of RGBA pixels', () => {
    expect(meanBrightness(new Uint8Array([255, 255, 255, 255, 0, 0, 0, 255]))).toBeCloseTo(0.5);
    expect(meanBrightness(new Uint8Array([]))).toBe(0);
  });
});
