import { THUMB_HEIGHT, THUMB_WIDTH, rgbaToGray } from './frame-diff';

/**
 * A camera stream attached to a detached <video> element (never shown, never in the DOM), plus
 * the cheap grayscale thumbnail the sampler compares. Frames stay here and in the detector.
 */
export interface VideoSource {
  readonly video: HTMLVideoElement;
  /** True once a frame with a size is available. */
  hasFrame(): boolean;
  /** 32x24 grayscale of the current frame. */
  thumbnail(): Uint8Array;
  detach(): void;
}

export async function attachVideo(stream: MediaStream): Promise<VideoSource> {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    await new Promise<void>((resolve) =>
      video.addEventListener('loadeddata', () => resolve(), { once: true }),
    );
  }
  const canvas = document.createElement('canvas');
  canvas.width = THUMB_WIDTH;
  canvas.height = THUMB_HEIGHT;
  // willReadFrequently keeps the canvas on the CPU: reading back a GPU canvas costs far more.
  const context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
  if (!context) throw new Error('2D canvas unavailable for the motion check.');
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'low';
  return {
    video,
    hasFrame: () => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0,
    thumbnail: () => {
      context.drawImage(video, 0, 0, THUMB_WIDTH, THUMB_HEIGHT);
      return rgbaToGray(
        context.getImageData(0, 0, THUMB_WIDTH, THUMB_HEIGHT).data,
        THUMB_WIDTH,
        THUMB_HEIGHT,
      );
    },
    detach: () => {
      video.pause();
      video.srcObject = null;
    },
  };
}
