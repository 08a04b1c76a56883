import { burstConfig, type BurstConfig } from './burst-schedule';
import { CAMERA_MESSAGES } from './camera-errors';
import { createCameraSession } from './camera-session';
import type { PoseDetector } from './detector';
import { createDetectorLoader, type DetectorLoader } from './detector-loader';
import type { PoseError } from './pose-errors';
import { browserPlatform, type MonitorPlatform } from './monitor-platform';
import { createStatusReporter, guarded } from './monitor-reports';
import type { Monitor, MonitorOptions, MonitorSettings } from './monitor-types';
import { createSamplingLoop } from './sampling-loop';
import { DEFAULT_SAMPLING, type MonitorMode } from './sampling-policy';

export type { Monitor, MonitorOptions, MonitorSettings, StopReason } from './monitor-types';

/**
 * The monitor: camera -> motion check -> MoveNet -> PostureSample. It composes the detector
 * loader, the camera session and the sampling loop, and keeps what they share: the settings,
 * the mode and the status. Frames never leave those parts; callers get numbers and a status.
 */
const burstsFor = (settings: MonitorSettings): BurstConfig | null =>
  settings.burstPeriodMs ? burstConfig(settings.burstPeriodMs) : null;

export function createMonitor(
  options: MonitorOptions,
  platform: MonitorPlatform = browserPlatform(),
): Monitor {
  const clock = options.now ? { ...platform.clock, now: options.now } : platform.clock;
  const status = createStatusReporter(options.onStatus);
  let settings = options.settings;
  let bursts = burstsFor(settings);
  let mode: MonitorMode = 'normal';
  let disposed = false;
  /** Present while the camera is wanted; stop() aborts it, so a start still loading ends quietly. */
  let wanted: AbortController | undefined;
  let detector: PoseDetector | undefined;

  const detectors: DetectorLoader = createDetectorLoader(() =>
    platform.loadDetector({
      modelBaseUrl: options.modelBaseUrl,
      wasmBaseUrl: options.wasmBaseUrl,
      allowWebgl: settings.allowWebgl,
    }),
  );

  const loop = createSamplingLoop({
    clock,
    elapsedMs: platform.elapsedMs,
    config: { ...DEFAULT_SAMPLING, ...options.sampling },
    mode: () => mode,
    bursts: () => bursts,
    onSample: guarded('onSample', options.onSample),
    onInference: options.onInference,
    onBurstEnd: (reopenInMs) => camera.rest(reopenInMs),
    onEngineFailed: () => {
      camera.close();
      status.set({
        kind: 'error',
        problem: 'no-backend',
        message: 'The pose engine stopped working. Restart Poise to try again.',
      });
    },
  });

  const camera = createCameraSession({
    media: platform.media,
    permissions: platform.permissions,
    clock,
    attach: platform.attach,
    request: () => ({ deviceId: settings.cameraId, ...options.camera }),
    onCamera: (opened) => {
      if (!opened) loop.halt();
      options.onCamera?.(opened);
      if (opened?.usedFallback)
        options.onCameraFallback?.({ requestedId: settings.cameraId, usedId: opened.deviceId });
    },
    onReady: ({ camera: opened, source, askedAtMs, readyAtMs }) => {
      if (!detector) return; // cannot happen: the camera opens only after the model loaded
      status.set({
        kind: 'running',
        backend: detector.backend,
        ...(opened.usedFallback ? { cameraFallback: true } : {}),
      });
      loop.run(source, detector, { startedMs: askedAtMs, openedMs: readyAtMs });
    },
    onProblem: (problem) =>
      status.set({ kind: 'error', problem, message: CAMERA_MESSAGES[problem] }),
  });

  /** Load the model, then open the camera: a broken install never turns the camera light on. */
  const begin = async (signal: AbortSignal): Promise<void> => {
    try {
      detector = await detectors.load();
    } catch (error) {
      if (signal.aborted) return;
      const failure = error as PoseError; // the loader turns every failure into one
      console.error('[poise monitor]', failure.message, failure.cause ?? '');
      status.set({ kind: 'error', problem: failure.problem, message: failure.message });
      return; // no automatic retry: missing files or WebAssembly do not come back by themselves
    }
    if (!signal.aborted) await camera.open();
  };

  const beginAfresh = (): Promise<void> => {
    wanted?.abort();
    wanted = new AbortController();
    camera.close();
    status.set({ kind: 'starting' });
    return begin(wanted.signal);
  };

  const stop: Monitor['stop'] = (reason) => {
    wanted?.abort();
    wanted = undefined;
    camera.close();
    if (!disposed) status.set({ kind: 'stopped', reason });
  };

  return {
    async start() {
      if (disposed) throw new Error('Monitor.start called after dispose().');
      const { kind } = status.current;
      if (wanted && (kind === 'running' || kind === 'starting')) return;
      await beginAfresh();
    },
    stop,
    setMode(next) {
      if (next === mode) return;
      mode = next;
      // Between two bursts: calibration and exercises need the camera now, not at the next one.
      if (next !== 'normal' && camera.resting) void camera.open();
      else loop.nudge();
    },
    updateSettings(next) {
      const cameraChanged = next.cameraId !== settings.cameraId;
      const burstsChanged = (next.burstPeriodMs ?? null) !== (settings.burstPeriodMs ?? null);
      settings = next;
      bursts = burstsFor(next);
      // A new period starts with a fresh burst; turning the saver off opens the camera at once.
      if ((cameraChanged || burstsChanged) && wanted && !disposed) void beginAfresh();
    },
    dispose() {
      if (disposed) return;
      stop('user');
      disposed = true;
      detectors.dispose();
    },
    get status() {
      return status.current;
    },
    get mode() {
      return mode;
    },
  };
}
