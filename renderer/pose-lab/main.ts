import * as tf from '@tensorflow/tfjs-core';
import type { MonitorStatus } from '../../shared/core/posture-status';
import { createMonitor, type Monitor, type StopReason } from '../pose/monitor';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../pose/model-files';
import type { PostureSample } from '../pose/posture-sample';
import type { MonitorMode } from '../pose/sampling-policy';
import {
  startBackToBackLoop,
  startNaiveLoop,
  type InferenceLoop,
  type InferenceLoopOptions,
} from './comparison-loops';

/**
 * Test bench page for the pose pipeline. Everything a Playwright spec or the benchmark needs
 * is on `window.__poseLab`; the page itself shows only numbers (never a frame).
 */

interface LabCounters {
  statuses: MonitorStatus[];
  samples: number;
  inferenceMs: number[];
  startedAtMs: number | null;
  firstSampleAfterMs: number | null;
  lastSample: PostureSample | null;
  fallbacks: { requestedId: string; usedId: string }[];
}

const fresh = (): LabCounters => ({
  statuses: [],
  samples: 0,
  inferenceMs: [],
  startedAtMs: null,
  firstSampleAfterMs: null,
  lastSample: null,
  fallbacks: [],
});

let counters = fresh();
let monitor: Monitor | undefined;
/** The benchmark's comparison loop (naive or back-to-back), when one is running. */
let comparison: InferenceLoop | undefined;
/** Streams this page opened, so a spec can simulate an unplugged camera. */
const streams: MediaStream[] = [];
/** When each stream was handed over and when its tracks were stopped (the camera light). */
const cameraSpans: { openMs: number; closeMs: number | null }[] = [];

const media = navigator.mediaDevices;
if (media?.getUserMedia) {
  const original = media.getUserMedia.bind(media);
  media.getUserMedia = async (constraints) => {
    const stream = await original(constraints);
    streams.push(stream);
    const span: { openMs: number; closeMs: number | null } = {
      openMs: performance.now(),
      closeMs: null,
    };
    cameraSpans.push(span);
    for (const track of stream.getTracks()) {
      const stop = track.stop.bind(track);
      track.stop = () => {
        span.closeMs ??= performance.now();
        stop();
      };
    }
    return stream;
  };
}

/** Milliseconds since `fromMs` (performance.now()) during which a camera stream was open. */
function cameraOpenMsSince(fromMs: number): number {
  const now = performance.now();
  return cameraSpans.reduce(
    (sum, { openMs, closeMs }) => sum + Math.max(0, (closeMs ?? now) - Math.max(openMs, fromMs)),
    0,
  );
}

const byId = (id: string) => document.getElementById(id)!;

function render() {
  const status = counters.statuses.at(-1);
  byId('status').textContent = status ? describe(status) : 'stopped';
  byId('samples').textContent = String(counters.samples);
  byId('inferences').textContent = String(counters.inferenceMs.length);
  const last = counters.inferenceMs.at(-1);
  byId('last-ms').textContent = last === undefined ? '–' : last.toFixed(1);
  const nose = counters.lastSample?.keypoints[0];
  byId('nose').textContent = nose
    ? `${nose.x.toFixed(3)}, ${nose.y.toFixed(3)} (score ${nose.score.toFixed(2)})`
    : '–';
}

function describe(status: MonitorStatus): string {
  switch (status.kind) {
    case 'running':
      return `running (${status.backend})`;
    case 'stopped':
      return `stopped (${status.reason})`;
    case 'error':
      return `error: ${status.problem} — ${status.message}`;
    case 'starting':
      return 'starting';
  }
}

interface StartOptions {
  cameraId?: string;
  modelBaseUrl?: string;
  mode?: MonitorMode;
  allowWebgl?: boolean;
  /** The camera-light saver: a burst every this many ms (see renderer/pose/burst-schedule.ts). */
  burstPeriodMs?: number;
}

async function startComparison(
  start: (options: InferenceLoopOptions) => Promise<InferenceLoop>,
): Promise<void> {
  await comparison?.stop();
  counters = fresh();
  counters.startedAtMs = performance.now();
  comparison = await start({
    modelBaseUrl: MODEL_BASE_URL,
    wasmBaseUrl: WASM_BASE_URL,
    onInference: (ms) => {
      counters.inferenceMs.push(ms);
      counters.samples += 1;
      if (counters.firstSampleAfterMs === null)
        counters.firstSampleAfterMs = performance.now() - counters.startedAtMs!;
    },
  });
}

const lab = {
  async startMonitor(options: StartOptions = {}): Promise<void> {
    monitor?.dispose();
    counters = fresh();
    counters.startedAtMs = performance.now();
    monitor = createMonitor({
      modelBaseUrl: options.modelBaseUrl ?? MODEL_BASE_URL,
      wasmBaseUrl: WASM_BASE_URL,
      settings: {
        cameraId: options.cameraId ?? '',
        allowWebgl: options.allowWebgl ?? true,
        burstPeriodMs: options.burstPeriodMs ?? null,
      },
      onStatus: (status) => {
        counters.statuses.push(status);
        render();
      },
      onSample: (sample) => {
        counters.samples += 1;
        counters.lastSample = sample;
        if (counters.firstSampleAfterMs === null && counters.startedAtMs !== null) {
          counters.firstSampleAfterMs = performance.now() - counters.startedAtMs;
        }
        render();
      },
      onInference: (ms) => counters.inferenceMs.push(ms),
      onCameraFallback: (info) => counters.fallbacks.push(info),
    });
    if (options.mode) monitor.setMode(options.mode);
    await monitor.start();
  },
  stopMonitor(reason: StopReason = 'user'): void {
    monitor?.stop(reason);
  },
  resumeMonitor(): Promise<void> {
    return monitor?.start() ?? Promise.resolve();
  },
  setMode(mode: MonitorMode): void {
    monitor?.setMode(mode);
  },
  disposeMonitor(): void {
    monitor?.dispose();
    monitor = undefined;
  },
  /** The model on every camera frame, as most hobby monitors do. */
  startNaive(): Promise<void> {
    return startComparison(startNaiveLoop);
  },
  /** The monitor's camera and model, run again the moment each run ends. */
  startBackToBack(): Promise<void> {
    return startComparison(startBackToBackLoop);
  },
  async stopComparison(): Promise<void> {
    await comparison?.stop();
    comparison = undefined;
  },
  /** Simulate an unplugged camera: stop the live tracks and fire 'ended' as the browser would. */
  unplugCamera(): number {
    let ended = 0;
    for (const stream of streams) {
      for (const track of stream.getVideoTracks()) {
        if (track.readyState === 'live') {
          track.stop();
          track.dispatchEvent(new Event('ended'));
          ended += 1;
        }
      }
    }
    return ended;
  },
  /** Camera tracks still live: 0 means the camera light is off. */
  liveTracks(): number {
    return streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length;
  },
  resetCounters(): void {
    const statuses = counters.statuses;
    counters = fresh();
    counters.statuses = statuses;
    counters.startedAtMs = performance.now();
  },
  state() {
    return {
      ...counters,
      /** Since the counters were last reset. */
      cameraOpenMs: cameraOpenMsSince(counters.startedAtMs ?? 0),
      cameraOpens: cameraSpans.length,
      status: monitor?.status ?? null,
      tensors: tf.getBackend() ? tf.memory().numTensors : 0,
      backend: tf.getBackend() ?? null,
    };
  },
};

declare global {
  interface Window {
    __poseLab: typeof lab;
  }
}
window.__poseLab = lab;

byId('start').addEventListener('click', () => void lab.startMonitor());
byId('stop').addEventListener('click', () => lab.stopMonitor('user'));
byId('mode').addEventListener('change', (event) =>
  lab.setMode((event.target as HTMLSelectElement).value as MonitorMode),
);

const params = new URLSearchParams(location.search);
if (params.get('autostart') === 'monitor') void lab.startMonitor();
render();
