import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  THUMB_HEIGHT,
  THUMB_WIDTH,
  grayThumbnail,
  motionScore,
} from '../../../../renderer/pose/frame-diff';
import { DEFAULT_SAMPLING } from '../../../../renderer/pose/sampling-policy';
import { decodeJpegFile } from '../../../support/node-pose';
import { recordingFrames } from '../../../support/repo-paths';

const solid = (w: number, h: number, rgb: [number, number, number]) => {
  const data = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i += 1) data.set([...rgb, 255], i * 4);
  return data;
};

describe('frame-diff', () => {
  it('converts RGBA to luma', () => {
    const unshrunk = (rgba: Uint8Array, w: number, h: number) =>
      Array.from(grayThumbnail(rgba, w, h, w, h));
    expect(unshrunk(solid(2, 1, [255, 255, 255]), 2, 1)).toEqual([255, 255]);
    expect(unshrunk(solid(1, 1, [255, 0, 0]), 1, 1)).toEqual([76]);
    expect(() => grayThumbnail(new Uint8Array(3), 1, 1, 1, 1)).toThrow(RangeError);
  });

  it('box-averages to a 32x24 thumbnail', () => {
    const thumb = grayThumbnail(solid(320, 240, [100, 100, 100]), 320, 240);
    expect(thumb).toHaveLength(THUMB_WIDTH * THUMB_HEIGHT);
    expect(new Set(thumb)).toEqual(new Set([100]));
  });

  it('scores identical thumbnails 0 and ignores a uniform brightness shift', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 64, maxLength: 64, min: 20, max: 200 }),
        fc.integer({ min: -20, max: 50 }),
        (a, shift) => {
          expect(motionScore(a, a)).toBe(0);
          const brighter = a.map((v) => v + shift);
          expect(motionScore(a, brighter)).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        (a, b) => {
          expect(motionScore(a, b)).toBeCloseTo(motionScore(b, a), 9);
        },
      ),
    );
  });

  it('on the real recording: a frame against itself is still; upright against slouched has moved', async () => {
    const first = (label: 'upright' | 'slouched') => recordingFrames(label)[40]!;
    const thumb = async (path: string) => {
      const image = await decodeJpegFile(path);
      return grayThumbnail(image.data, image.width, image.height);
    };
    const upright = await thumb(first('upright'));
    const slouched = await thumb(first('slouched'));
    expect(motionScore(upright, upright)).toBe(0);
    expect(motionScore(upright, slouched)).toBeGreaterThan(DEFAULT_SAMPLING.motionThreshold);
  });
});
