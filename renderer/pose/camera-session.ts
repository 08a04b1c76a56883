import { classifyCameraError, isTransient, type CameraProblem } from './camera-errors';
import { watchForRecovery, type CameraPermissions, type DeviceChanges } from './camera-recovery';
import {
  CameraError,
  openCamera,
  type CameraRequest,
  type OpenCamera,
  type UserMedia,
} from './camera';
import { afterUnlessAborted, type Clock } from './clock';
import { retryDelayMs } from './retry-policy';
import type { VideoSource } from './video-source';

/**
 * The monitor's hold on the camera: open it, and when that fails or the camera goes away, say
 * why and open it again as soon as it may work (backoff, a camera plugged in, the permission
 * granted). Letting go stops every track, so the camera light goes off.
 */
export interface LiveCamera {
  readonly camera: OpenCamera;
  readonly source: VideoSource;
  /** When this camera was asked for, and when its frames began to arrive. */
  readonly askedAtMs: number;
  readonly readyAtMs: number;
}

export interface CameraSessionOptions {
  readonly media: (UserMedia & DeviceChanges) | undefined;
  readonly permissions: CameraPermissions | undefined;
  readonly clock: Clock;
  readonly attach: (stream: MediaStream) => Promise<VideoSource>;
  /** Read at every attempt, so a retry opens the camera chosen by then. */
  readonly request: () => CameraRequest;
  /** A stream is held (its light is on), or null once it has been let go. */
  readonly onCamera: (camera: OpenCamera | null) => void;
  /** Frames are arriving. */
  readonly onReady: (live: LiveCamera) => void;
  /** Opening failed or the camera was lost; the session is already watching for its return. */
  readonly onProblem: (problem: CameraProblem) => void;
}

export interface CameraSession {
  /** Open the camera now, with a fresh backoff. Resolves once it is ready or has failed. */
  open(): Promise<void>;
  /** Let go of the camera and stop trying to open it. */
  close(): void;
  /** Let go of the camera and open it again after `reopenInMs` (the camera-light saver). */
  rest(reopenInMs: number): void;
  /** Between two bursts: the camera is closed on purpose and will reopen by itself. */
  readonly resting: boolean;
}

const problemOf = (error: unknown): CameraProblem =>
  error instanceof CameraError ? error.failure.problem : classifyCameraError(error).problem;

export function createCameraSession(options: CameraSessionOptions): CameraSession {
  const { clock } = options;
  /**
   * The current step: an attempt (and the camera it holds), a wait for recovery, or a rest.
   * Starting the next step aborts it, which drops its listeners, its timer and its late results.
   */
  let step = new AbortController();
  let held: { readonly camera: OpenCamera; source?: VideoSource } | undefined;
  let resting = false;
  /** Blind retries since frames last arrived: the backoff's attempt number. */
  let retries = 0;

  const release = () => {
    if (!held) return;
    const { camera, source } = held;
    held = undefined;
    source?.detach();
    camera.stop();
    options.onCamera(null);
  };

  const nextStep = (): AbortSignal => {
    step.abort();
    step = new AbortController();
    resting = false;
    release();
    return step.signal;
  };

  const fail = (problem: CameraProblem) => {
    const signal = nextStep();
    options.onProblem(problem);
    const backoffMs = isTransient(problem) ? retryDelayMs(retries++) : null;
    const { media, permissions } = options;
    watchForRecovery({ media, permissions, clock, backoffMs, signal, retry: () => void attempt() });
  };

  async function attempt(): Promise<void> {
    const signal = nextStep();
    const askedAtMs = clock.now();
    let camera: OpenCamera;
    try {
      camera = await openCamera(options.request(), options.media);
    } catch (error) {
      if (!signal.aborted) fail(problemOf(error));
      return;
    }
    if (signal.aborted) {
      camera.stop(); // asked for before a stop or a newer attempt: leave no light on
      return;
    }
    held = { camera };
    camera.track.addEventListener('ended', () => fail('camera-lost'), { signal });
    options.onCamera(camera);
    let source: VideoSource;
    try {
      source = await options.attach(camera.stream);
    } catch {
      if (!signal.aborted) fail('camera-busy');
      return;
    }
    if (signal.aborted) {
      source.detach(); // whoever aborted has already stopped the camera
      return;
    }
    held = { camera, source };
    retries = 0;
    options.onReady({ camera, source, askedAtMs, readyAtMs: clock.now() });
  }

  return {
    open() {
      retries = 0;
      return attempt();
    },
    close() {
      nextStep();
    },
    rest(reopenInMs) {
      const signal = nextStep();
      resting = true;
      afterUnlessAborted(clock, reopenInMs, signal, () => void attempt());
    },
    get resting() {
      return resting;
    },
  };
}
