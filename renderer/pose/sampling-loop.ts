import { burstStep, type Burst, type BurstConfig, type BurstStep } from './burst-schedule';
import type { Clock } from './clock';
import type { PoseDetector } from './detector';
import { motionScore } from './frame-diff';
import type { PostureSample } from './posture-sample';
import {
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
import type { VideoSource } from './video-source';

/**
 * The ticks on an open camera: grab a frame, ask sampling-policy.ts whether the scene moved
 * enough to run the model, hand what it saw on, and follow the camera-light saver's burst
 * schedule. Camera and model are given per run; the loop never opens or closes either.
 */
export type FrameSource = Pick<VideoSource, 'hasFrame' | 'grab'>;

export interface SamplingLoopOptions {
  readonly clock: Clock;
  /** Monotonic milliseconds, to time one model run. */
  readonly elapsedMs: () => number;
  readonly config: SamplingConfig;
  readonly mode: () => MonitorMode;
  /** The camera-light saver's schedule; null holds the camera open. */
  readonly bursts: () => BurstConfig | null;
  /** One analysed frame (or a heartbeat repeat of the last one); null = nobody in the frame. */
  readonly onSample: (sample: PostureSample | null, timeMs: number) => void;
  readonly onInference?: (ms: number) => void;
  /** The burst is over: the loop has halted; let go of the camera until `reopenInMs` from now. */
  readonly onBurstEnd: (reopenInMs: number) => void;
  /** The model failed on several frames in a row: the loop has halted for good. */
  readonly onEngineFailed: () => void;
}

export interface SamplingLoop {
  /** Begin ticking on a freshly opened camera; any earlier run halts. */
  run(frames: FrameSource, detector: Pick<PoseDetector, 'estimate'>, burst: Burst): void;
  /** Stop ticking: no frame is grabbed until the next run. */
  halt(): void;
  /** Tick at once (the mode changed: calibration should not wait out a slow stable tick). */
  nudge(): void;
}

export const MAX_CONSECUTIVE_INFERENCE_FAILURES = 3;
export const NO_FRAME_RETRY_MS = 100;

interface Run {
  readonly frames: FrameSource;
  readonly detector: Pick<PoseDetector, 'estimate'>;
  readonly burst: Burst;
  sampling: SamplingState;
  reference: Uint8Array | null;
  lastResult: PostureSample | null;
  lastPose: PostureSample | null;
  failures: number;
  cancelTick?: () => void;
}

export function createSamplingLoop(options: SamplingLoopOptions): SamplingLoop {
  const { clock, config } = options;
  let current: Run | undefined;
  /** A model run in flight, perhaps from a run already halted: ticks wait until it is done. */
  let busy = false;

  const schedule = (run: Run, delayMs: number) => {
    run.cancelTick?.();
    run.cancelTick = clock.after(delayMs, () => {
      run.cancelTick = undefined;
      void tick(run);
    });
  };

  const halt = () => {
    current?.cancelTick?.();
    current = undefined;
  };

  const tick = async (run: Run): Promise<void> => {
    if (run !== current) return;
    if (busy || !run.frames.hasFrame()) return schedule(run, NO_FRAME_RETRY_MS);
    const bursts = options.bursts();
    const plan =
      bursts && options.mode() === 'normal' ? burstStep(run.burst, clock.now(), bursts) : null;
    if (plan?.kind === 'wait') return schedule(run, plan.delayMs);
    if (plan?.kind === 'close') {
      halt();
      return options.onBurstEnd(plan.reopenInMs);
    }
    busy = true;
    try {
      await look(run, plan);
    } finally {
      busy = false;
    }
  };

  /** One tick's work; `plan` is the burst's sampling step, null outside the camera-light saver. */
  const look = async (
    run: Run,
    plan: Extract<BurstStep, { kind: 'sample' }> | null,
  ): Promise<void> => {
    const frame = await run.frames.grab();
    if (run !== current) return;
    if (!frame) return schedule(run, NO_FRAME_RETRY_MS);
    const nowMs = clock.now();
    const thumb = frame.thumbnail;
    const motion = run.reference ? motionScore(run.reference, thumb) : null;
    // A burst is short and rare: analyse every frame of it, moving or not.
    const decision = plan
      ? 'analyse'
      : decide(run.sampling, { nowMs, mode: options.mode(), motion }, config);
    if (decision === 'analyse') {
      const started = options.elapsedMs();
      let sample: PostureSample | null;
      try {
        sample = await run.detector.estimate(frame.pixels, nowMs);
        run.failures = 0;
      } catch (error) {
        run.failures += 1;
        console.error('[poise monitor] pose estimation failed', error);
        if (run !== current) return;
        if (run.failures < MAX_CONSECUTIVE_INFERENCE_FAILURES)
          return schedule(run, config.stableIntervalMs);
        halt();
        return options.onEngineFailed();
      }
      if (run !== current) return;
      options.onInference?.(options.elapsedMs() - started);
      const change = run.lastPose && sample ? poseChangeBetween(run.lastPose, sample) : null;
      run.sampling = afterAnalysis(run.sampling, nowMs, change, config);
      run.reference = thumb;
      run.lastResult = sample;
      if (sample) run.lastPose = sample;
      options.onSample(sample, nowMs);
    }
    if (decision === 'repeat') {
      run.sampling = afterRepeat(run.sampling, nowMs);
      options.onSample(run.lastResult ? { ...run.lastResult, timeMs: nowMs } : null, nowMs);
    }
    if (run !== current) return;
    schedule(
      run,
      plan ? plan.delayMs : nextTickDelay(run.sampling, options.mode(), clock.now(), config),
    );
  };

  return {
    run(frames, detector, burst) {
      halt();
      current = {
        frames,
        detector,
        burst,
        sampling: initialSamplingState,
        reference: null,
        lastResult: null,
        lastPose: null,
        failures: 0,
      };
      schedule(current, 0);
    },
    halt,
    nudge() {
      if (current && !busy) schedule(current, 0);
    },
  };
}
