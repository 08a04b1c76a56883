import { createFrameGrabber, type GrabbedFrame } from './frame-grab';

/**
 * A camera stream attached to a detached <video> element (never shown, never in the DOM), and
 * the one way frames are read from it (frame-grab.ts). Frames stay here and in the detector.
 */
export interface VideoSource {
  readonly video: HTMLVideoElement;
  /** True once a frame with a size is available. */
  hasFrame(): boolean;
  /** The current frame's pixels and motion thumbnail; null when the video has none. */
  grab(): Promise<GrabbedFrame | null>;
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
  return {
    video,
    hasFrame: () => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0,
    grab: createFrameGrabber(video),
    detach: () => {
      video.pause();
      video.srcObject = null;
    },
  };
}
