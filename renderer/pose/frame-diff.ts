/**
 * The cheap "did anything move?" test that lets the monitor skip inference. A frame is shrunk
 * to a tiny grayscale thumbnail (32x24 by default: ~0.1% of a 320x240 frame) and compared with
 * the thumbnail taken at the last analysis. Downscaling averages away sensor noise, so a still
 * scene scores near 0 while a person shifting in their chair scores in the tens.
 */
export const THUMB_WIDTH = 32;
export const THUMB_HEIGHT = 24;

/** Rec. 601 luma of the RGBA pixel starting at byte `p` (the layout of ImageData). */
const luma = (rgba: ArrayLike<number>, p: number): number =>
  Math.round(0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]!);

/**
 * Box-average an RGBA image down to a grayscale (Rec. 601 luma) thumbnail: the monitor's motion
 * check on every grabbed frame (frame-grab.ts), and the same in Node and tests.
 */
export function grayThumbnail(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  outWidth: number = THUMB_WIDTH,
  outHeight: number = THUMB_HEIGHT,
): Uint8Array {
  if (outWidth < 1 || outHeight < 1 || outWidth > width || outHeight > height) {
    throw new RangeError(
      `grayThumbnail: cannot shrink ${width}x${height} to ${outWidth}x${outHeight}.`,
    );
  }
  if (rgba.length < width * height * 4) {
    throw new RangeError(
      `grayThumbnail: expected ${width * height * 4} bytes for ${width}x${height}, got ${rgba.length}.`,
    );
  }
  // Luma is summed pixel by pixel inside each box, with no full-size gray copy: this runs on
  // every monitor tick.
  const out = new Uint8Array(outWidth * outHeight);
  for (let ty = 0; ty < outHeight; ty += 1) {
    const y0 = Math.floor((ty * height) / outHeight);
    const y1 = Math.floor(((ty + 1) * height) / outHeight);
    for (let tx = 0; tx < outWidth; tx += 1) {
      const x0 = Math.floor((tx * width) / outWidth);
      const x1 = Math.floor(((tx + 1) * width) / outWidth);
      let sum = 0;
      for (let y = y0; y < y1; y += 1) {
        for (let x = x0, p = (y * width + x0) * 4; x < x1; x += 1, p += 4) {
          sum += luma(rgba, p);
        }
      }
      out[ty * outWidth + tx] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return out;
}

/**
 * How much the scene changed: mean absolute difference of two thumbnails, 0 (identical) .. 255.
 * A global brightness shift (auto-exposure) is removed first, so it does not look like motion.
 */
export function motionScore(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`motionScore: thumbnails differ in size (${a.length} vs ${b.length}).`);
  }
  let meanShift = 0;
  for (let i = 0; i < a.length; i += 1) meanShift += b[i]! - a[i]!;
  meanShift /= a.length;
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs(b[i]! - a[i]! - meanShift);
  return sum / a.length;
}
