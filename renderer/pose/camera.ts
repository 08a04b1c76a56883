import { classifyCameraError, type CameraFailure } from './camera-errors';

/**
 * Opening and releasing the webcam. Low resolution and frame rate on purpose: MoveNet looks at
 * a 192x192 crop anyway, and every extra pixel and frame costs capture and decode CPU.
 */
export interface CameraRequest {
  /** settings.monitoring.cameraId; '' = system default. */
  readonly deviceId: string;
  readonly width?: number;
  readonly height?: number;
  readonly frameRate?: number;
}

/**
 * 5 fps is enough: the monitor analyses at most 5 frames a second (exercise mode) and about one
 * when stable. Chromium drops the surplus frames before they are decoded into the page.
 */
export const CAMERA_DEFAULTS = { width: 320, height: 240, frameRate: 5 } as const;

export interface OpenCamera {
  readonly stream: MediaStream;
  readonly track: MediaStreamTrack;
  /** deviceId actually in use (may differ from the request after a fallback). */
  readonly deviceId: string;
  /** The requested camera was gone and the default one was opened instead. */
  readonly usedFallback: boolean;
  /** Stop every track: the camera light goes off. Safe to call twice. */
  stop(): void;
}

/** The one thing opening a camera needs from `navigator.mediaDevices` (a fake in unit tests). */
export type UserMedia = Pick<MediaDevices, 'getUserMedia'>;

export class CameraError extends Error {
  override readonly name = 'CameraError';
  constructor(
    readonly failure: CameraFailure,
    options?: { cause?: unknown },
  ) {
    super(failure.message, options);
  }
}

export function videoConstraints(
  request: CameraRequest,
  exactDevice: boolean,
): MediaTrackConstraints {
  const constraints: MediaTrackConstraints = {
    width: { ideal: request.width ?? CAMERA_DEFAULTS.width },
    height: { ideal: request.height ?? CAMERA_DEFAULTS.height },
    frameRate: { ideal: request.frameRate ?? CAMERA_DEFAULTS.frameRate },
  };
  if (exactDevice && request.deviceId) constraints.deviceId = { exact: request.deviceId };
  return constraints;
}

/** Open the chosen camera, or the default one when the chosen one is gone. */
export async function openCamera(
  request: CameraRequest,
  media: UserMedia | undefined = navigator.mediaDevices,
): Promise<OpenCamera> {
  if (!media?.getUserMedia) {
    throw new CameraError(
      classifyCameraError(new TypeError('navigator.mediaDevices is unavailable')),
    );
  }
  let stream: MediaStream;
  let usedFallback = false;
  try {
    stream = await media.getUserMedia({ video: videoConstraints(request, true), audio: false });
  } catch (error) {
    const failure = classifyCameraError(error);
    // Only a vanished device earns a second try on the default; a denial or a busy camera would
    // fail the same way again.
    if (!request.deviceId || failure.problem !== 'no-camera')
      throw new CameraError(failure, { cause: error });
    try {
      stream = await media.getUserMedia({ video: videoConstraints(request, false), audio: false });
      usedFallback = true;
    } catch (fallbackError) {
      throw new CameraError(classifyCameraError(fallbackError), { cause: fallbackError });
    }
  }
  const track = stream.getVideoTracks()[0];
  if (!track) {
    stream.getTracks().forEach((t) => t.stop());
    throw new CameraError(classifyCameraError(new DOMException('no video track', 'NotFoundError')));
  }
  const deviceId = track.getSettings().deviceId ?? request.deviceId;
  return {
    stream,
    track,
    deviceId,
    usedFallback: usedFallback || (request.deviceId !== '' && deviceId !== request.deviceId),
    stop: () => stream.getTracks().forEach((t) => t.stop()),
  };
}
