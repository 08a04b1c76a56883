import type { PixelData } from './detector';
import { grayThumbnail } from './frame-diff';

/** One look at the camera: the frame's RGBA bytes for the model and its motion thumbnail. */
export interface GrabbedFrame {
  /** Valid until the next grab: the bytes live in a buffer the grabber reuses. */
  readonly pixels: PixelData;
  readonly thumbnail: Uint8Array;
}

const RGBA: VideoFrameCopyToOptions = { format: 'RGBA', colorSpace: 'srgb' };

/**
 * Copy the video's current frame into our own buffer with WebCodecs' VideoFrame.copyTo, never
 * through a canvas. Why: in Chromium, every video frame drawn into a 2D canvas (drawImage, which
 * tfjs's fromPixels also uses) stays in the page's memory long after the draw. Measured with
 * `npm run bench -- --soak`: +3 MB a second at the monitor's 5 frames a second, growing to about
 * 330 MB before it levels off, and no garbage collection returns it; the same frames copied with
 * copyTo and closed keep the page flat. A canvas is kept only for a runtime without WebCodecs.
 */
export function createFrameGrabber(video: HTMLVideoElement): () => Promise<GrabbedFrame | null> {
  let buffer = new Uint8Array(0);
  const viaCanvas = typeof VideoFrame === 'undefined' ? canvasGrabber(video) : null;

  return async () => {
    if (viaCanvas) return viaCanvas();
    const frame = new VideoFrame(video);
    try {
      const { width, height } = frame.visibleRect ?? { width: 0, height: 0 };
      if (!(width > 0 && height > 0)) return null;
      const size = frame.allocationSize(RGBA);
      if (buffer.length !== size) buffer = new Uint8Array(size);
      await frame.copyTo(buffer, RGBA);
      return {
        pixels: { data: buffer, width, height },
        thumbnail: grayThumbnail(buffer, width, height),
      };
    } finally {
      frame.close();
    }
  };
}

function canvasGrabber(video: HTMLVideoElement): () => Promise<GrabbedFrame | null> {
  const canvas = document.createElement('canvas');
  // willReadFrequently keeps the canvas on the CPU: reading back a GPU canvas costs far more.
  const context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
  return async () => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!context || !(width > 0 && height > 0)) return null;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.drawImage(video, 0, 0, width, height);
    const data = context.getImageData(0, 0, width, height).data;
    return { pixels: { data, width, height }, thumbnail: grayThumbnail(data, width, height) };
  };
}
