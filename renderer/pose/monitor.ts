import type { MonitorStatus } from '../../shared/core/posture-status';
import { selectPoseBackend } from './backends';
import { burstConfig, burstStep, type Burst, type BurstConfig } from './burst-schedule';
import {
  CAMERA_MESSAGES,
  classifyCameraError,
  isTransient,
  type CameraProblem,
} from './camera-errors';
import { CameraError, openCamera, type CameraRequest, type OpenCamera } from './camera';
import { createPoseDetector, type PoseDetector } from './detector';
import { motionScore } from './frame-diff';
import { verifiedModelHandler } from './model-files';
import { PoseError } from './pose-errors';
import type { PostureSample } from './posture-sample';
import { retryDelayMs } from './retry-policy';
import {
  DEFAULT_SAMPLING,
  afterAnalysis,
  afterRepeat,
  decide,
  initialSamplingState,
  nextTickDelay,
  poseChangeBetween,
  type MonitorMode,
  type SamplingConfig,
  type SamplingState,
} from './sampling-policy';
import { attachVideo, type VideoSource } from './video-source';

/**
 * The monitor: camera -> motion check -> MoveNet -> PostureSample, paced by sampling-policy.ts.
 * Frames never leave this module (and the detector); callers get numbers and a status.
 */
export type StopReason = Extract<MonitorStatus, { kind: 'stopped' }>['reason'];

export interface MonitorSettings {
  /** settings.monitoring.cameraId ('' = default camera). */
  readonly cameraId: string;
  /** settings.monitoring.allowWebgl. Read once per page: the tfjs backend cannot be swapped live. */
  readonly allowWebgl: boolean;
  /**
   * The camera-light saver (settings.monitoring.cameraLightSaver): in normal mode, open the
   * camera for a short burst this often and close it in between (burst-schedule.ts). Absent or
   * null: hold it open. Calibrating and exercise modes always hold it open.
   */
  readonly burstPeriodMs?: number | null;
}

export interface MonitorOptions {
  /** Folder with model.json, relative to document.baseURI, e.g. 'models/movenet-lightning/'. */
  readonly modelBaseUrl: string;
  /** Folder with tfjs-backend-wasm's .wasm files, e.g. 'wasm/'. */
  readonly wasmBaseUrl: string;
  readonly settings: MonitorSettings;
  /** One analysed frame (or a heartbeat repeat of the last one); null = nobody in the frame. */
  readonly onSample: (sample: PostureSample | null, timeMs: number) => void;
  readonly onStatus: (status: MonitorStatus) => void;
  /** The chosen camera was missing; the default camera is in use instead. */
  readonly onCameraFallback?: (info: {
    readonly requestedId: string;
    readonly usedId: string;
  }) => void;
  /**
   * The camera the monitor opened (null once it let go): setup shows this very stream as its
   * preview, so the camera is opened once and the skeleton is drawn on the frames it came from.
   */
  readonly onCamera?: (camera: OpenCamera | null) => void;
  /** Milliseconds one model run took (for the benchmark and the lab page). */
  readonly onInference?: (ms: number) => void;
  /** Clock for sample times; defaults to wall time so the main process can compare it. */
  readonly now?: () => number;
  readonly sampling?: Partial<SamplingConfig>;
  readonly camera?: Partial<Omit<CameraRequest, 'deviceId'>>;
}

export interface Monitor {
  /** Open the camera and begin sampling. Resolves once running or in an error state. */
  start(): Promise<void>;
  /** Release the camera (its light goes off) and stop sampling. */
  stop(reason: StopReason): void;
  setMode(mode: MonitorMode): void;
  /** A new camera choice takes effect at once when running. */
  updateSettings(settings: MonitorSettings): void;
  dispose(): void;
  readonly status: MonitorStatus;
  readonly mode: MonitorMode;
}

const MAX_CONSECUTIVE_INFERENCE_FAILURES = 3;
const NO_FRAME_RETRY_MS = 100;

const burstsFor = (settings: MonitorSettings): BurstConfig | null =>
  settings.burstPeriodMs ? burstConfig(settings.burstPeriodMs) : null;

export function createMonitor(options: MonitorOptions): Monitor {
  const config: SamplingConfig = { ...DEFAULT_SAMPLING, ...options.sampling };
  const clock = options.now ?? (() => Date.now());
  let settings = options.settings;
  let bursts = burstsFor(settings);
  let status: MonitorStatus = { kind: 'stopped', reason: 'user' };
  let mode: MonitorMode = 'normal';
  let wanted = false;
  let disposed = false;
  // Every start, stop and retry bumps the generation; async work from an older one is dropped.
  let generation = 0;

  let detector: Promise<PoseDetector> | undefined;
  let camera: OpenCamera | undefined;
  let source: VideoSource | undefined;
  let tickTimer: ReturnType<typeof setTimeout> | undefined;
  let ticking = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryAttempt = 0;
  let stopWatching: (() => void) | undefined;
  /** The camera-light saver's current burst, and the timer that opens the next one. */
  let burst: Burst | undefined;
  let nextBurstTimer: ReturnType<typeof setTimeout> | undefined;

  let sampling: SamplingState = initialSamplingState;
  let reference: Uint8Array | null = null;
  let lastResult: PostureSample | null = null;
  let lastPose: PostureSample | null = null;
  let inferenceFailures = 0;

  const setStatus = (next: MonitorStatus) => {
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    try {
      options.onStatus(next);
    } catch (error) {
      console.error('[poise monitor] onStatus handler failed', error);
    }
  };

  const emit = (sample: PostureSample | null, timeMs: number) => {
    try {
      options.onSample(sample, timeMs);
    } catch (error) {
      console.error('[poise monitor] onSample handler failed', error);
    }
  };

  const ensureDetector = (): Promise<PoseDetector> => {
    detector ??= (async () => {
      const backend = await selectPoseBackend({
        wasmBaseUrl: options.wasmBaseUrl,
        allowWebgl: settings.allowWebgl,
      });
      const modelBase = new URL(
        options.modelBaseUrl.endsWith('/') ? options.modelBaseUrl : `${options.modelBaseUrl}/`,
        document.baseURI,
      ).href;
      return createPoseDetector({ modelUrl: verifiedModelHandler(modelBase), backend });
    })().catch((error: unknown) => {
      detector = undefined; // a later start() tries again
      throw error;
    });
    return detector;
  };

  const releaseCamera = () => {
    if (tickTimer !== undefined) clearTimeout(tickTimer);
    tickTimer = undefined;
    source?.detach();
    source = undefined;
    camera?.track.removeEventListener('ended', onTrackEnded);
    camera?.stop();
    if (camera) options.onCamera?.(null);
    camera = undefined;
  };

  // Also cancels the next burst: a retry, a restart or a stop each decide afresh when to open.
  const clearRetry = () => {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
    if (nextBurstTimer !== undefined) clearTimeout(nextBurstTimer);
    nextBurstTimer = undefined;
    stopWatching?.();
    stopWatching = undefined;
  };

  function onTrackEnded() {
    const gen = generation;
    releaseCamera();
    cameraFailed(gen, 'camera-lost');
  }

  const cameraFailed = (gen: number, problem: CameraProblem) => {
    setStatus({ kind: 'error', problem, message: CAMERA_MESSAGES[problem] });
    scheduleRetry(gen, problem);
  };

  const retry = (gen: number) => {
    if (gen !== generation || !wanted || disposed) return;
    clearRetry();
    void run(++generation);
  };

  const scheduleRetry = (gen: number, problem: CameraProblem) => {
    clearRetry();
    const media = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
    const onDeviceChange = () => retry(gen);
    media?.addEventListener?.('devicechange', onDeviceChange);
    let permission: PermissionStatus | undefined;
    const onPermissionChange = () => {
      if (permission?.state !== 'denied') retry(gen);
    };
    if (!isTransient(problem)) {
      // A denial does not clear up by itself: wait for the user to allow the camera.
      navigator.permissions
        ?.query({ name: 'camera' as PermissionName })
        .then((p) => {
          if (gen !== generation) return;
          permission = p;
          p.addEventListener('change', onPermissionChange);
        })
        .catch(() => undefined);
    } else {
      retryTimer = setTimeout(() => retry(gen), retryDelayMs(retryAttempt));
      retryAttempt += 1;
    }
    stopWatching = () => {
      media?.removeEventListener?.('devicechange', onDeviceChange);
      permission?.removeEventListener('change', onPermissionChange);
    };
  };

  const run = async (gen: number): Promise<void> => {
    const startedMs = clock();
    let pose: PoseDetector;
    try {
      pose = await ensureDetector();
    } catch (error) {
      if (gen !== generation) return;
      const failure =
        error instanceof PoseError
          ? error
          : new PoseError('no-backend', 'The pose engine failed to start.', { cause: error });
      console.error('[poise monitor]', failure.message, failure.cause ?? '');
      setStatus({ kind: 'error', problem: failure.problem, message: failure.message });
      return; // no automatic retry: missing files or WebAssembly do not come back by themselves
    }
    if (gen !== generation) return;

    let opened: OpenCamera;
    try {
      opened = await openCamera({ deviceId: settings.cameraId, ...options.camera });
    } catch (error) {
      if (gen !== generation) return;
      cameraFailed(
        gen,
        error instanceof CameraError ? error.failure.problem : classifyCameraError(error).problem,
      );
      return;
    }
    if (gen !== generation) {
      opened.stop();
      return;
    }
    camera = opened;
    opened.track.addEventListener('ended', onTrackEnded);
    options.onCamera?.(opened);
    if (opened.usedFallback)
      options.onCameraFallback?.({ requestedId: settings.cameraId, usedId: opened.deviceId });
    try {
      const attached = await attachVideo(opened.stream);
      if (gen !== generation) {
        attached.detach();
        return;
      }
      source = attached;
    } catch {
      if (gen !== generation) return;
      releaseCamera();
      cameraFailed(gen, 'camera-busy');
      return;
    }
    retryAttempt = 0;
    sampling = initialSamplingState;
    reference = null;
    lastPose = null;
    inferenceFailures = 0;
    burst = { startedMs, openedMs: clock() };
    setStatus({
      kind: 'running',
      backend: pose.backend,
      ...(opened.usedFallback ? { cameraFallback: true } : {}),
    });
    scheduleTick(gen, 0);
  };

  const scheduleTick = (gen: number, delayMs: number) => {
    if (tickTimer !== undefined) clearTimeout(tickTimer);
    tickTimer = setTimeout(() => {
      tickTimer = undefined;
      void tick(gen);
    }, delayMs);
  };

  /** The camera-light saver: release the camera until the next burst (status stays running). */
  const restUntilNextBurst = (gen: number, reopenInMs: number) => {
    releaseCamera();
    nextBurstTimer = setTimeout(() => {
      nextBurstTimer = undefined;
      if (gen === generation && wanted && !disposed) void run(++generation);
    }, reopenInMs);
  };

  const tick = async (gen: number): Promise<void> => {
    if (gen !== generation || !source) return;
    // A model run from before a stop/start may still be finishing: wait for it, then go on.
    if (ticking) return scheduleTick(gen, NO_FRAME_RETRY_MS);
    if (!source.hasFrame()) return scheduleTick(gen, NO_FRAME_RETRY_MS);
    const plan = bursts && burst && mode === 'normal' ? burstStep(burst, clock(), bursts) : null;
    if (plan?.kind === 'wait') return scheduleTick(gen, plan.delayMs);
    if (plan?.kind === 'close') return restUntilNextBurst(gen, plan.reopenInMs);
    ticking = true;
    try {
      const nowMs = clock();
      const thumb = source.thumbnail();
      const motion = reference ? motionScore(reference, thumb) : null;
      // A burst is short and rare: analyse every frame of it, moving or not.
      const decision = plan ? 'analyse' : decide(sampling, { nowMs, mode, motion }, config);
      if (decision === 'analyse') {
        const pose = await ensureDetector();
        const started = performance.now();
        let sample: PostureSample | null;
        try {
          sample = await pose.estimate(source.video, nowMs);
          inferenceFailures = 0;
        } catch (error) {
          inferenceFailures += 1;
          console.error('[poise monitor] pose estimation failed', error);
          if (inferenceFailures >= MAX_CONSECUTIVE_INFERENCE_FAILURES && gen === generation) {
            releaseCamera();
            setStatus({
              kind: 'error',
              problem: 'no-backend',
              message: 'The pose engine stopped working. Restart Poise to try again.',
            });
            return;
          }
          return scheduleTick(gen, config.stableIntervalMs);
        }
        if (gen !== generation) return;
        options.onInference?.(performance.now() - started);
        const change = lastPose && sample ? poseChangeBetween(lastPose, sample) : null;
        sampling = afterAnalysis(sampling, nowMs, change, config);
        reference = thumb;
        lastResult = sample;
        if (sample) lastPose = sample;
        emit(sample, nowMs);
      }
      if (decision === 'repeat') {
        sampling = afterRepeat(sampling, nowMs);
        emit(lastResult ? { ...lastResult, timeMs: nowMs } : null, nowMs);
      }
      if (gen === generation) {
        scheduleTick(gen, plan ? plan.delayMs : nextTickDelay(sampling, mode, clock(), config));
      }
    } finally {
      ticking = false;
    }
  };

  const restart = () => {
    if (!wanted || disposed) return;
    clearRetry();
    releaseCamera();
    setStatus({ kind: 'starting' });
    void run(++generation);
  };

  const stop = (reason: StopReason) => {
    wanted = false;
    generation += 1;
    clearRetry();
    releaseCamera();
    if (!disposed) setStatus({ kind: 'stopped', reason });
  };

  return {
    async start() {
      if (disposed) throw new Error('Monitor.start called after dispose().');
      if (wanted && (status.kind === 'running' || status.kind === 'starting')) return;
      wanted = true;
      clearRetry();
      retryAttempt = 0;
      setStatus({ kind: 'starting' });
      await run(++generation);
    },
    stop,
    setMode(next) {
      if (next === mode) return;
      mode = next;
      // Between two bursts: calibration and exercises need the camera now, not at the next one.
      if (next !== 'normal' && nextBurstTimer !== undefined) {
        clearRetry();
        void run(++generation);
        return;
      }
      // Calibration should not wait out a slow stable tick.
      if (source && !ticking) scheduleTick(generation, 0);
    },
    updateSettings(next) {
      const cameraChanged = next.cameraId !== settings.cameraId;
      const burstsChanged = (next.burstPeriodMs ?? null) !== (settings.burstPeriodMs ?? null);
      settings = next;
      bursts = burstsFor(next);
      // A new period starts with a fresh burst; turning the saver off opens the camera at once.
      if (cameraChanged || burstsChanged) restart();
    },
    dispose() {
      if (disposed) return;
      stop('user');
      disposed = true;
      void detector?.then((d) => d.dispose()).catch(() => undefined);
      detector = undefined;
    },
    get status() {
      return status;
    },
    get mode() {
      return mode;
    },
  };
}
