import { selectPoseBackend } from '../pose/backends';
import { openCamera, type CameraRequest } from '../pose/camera';
import { createPoseDetector } from '../pose/detector';
import { verifiedModelHandler } from '../pose/model-files';
import { attachVideo } from '../pose/video-source';

/**
 * The loops the benchmark compares the monitor against. Each opens its own camera and model
 * and reports how long every model run took.
 */
export interface InferenceLoop {
  stop(): Promise<void>;
}

export interface InferenceLoopOptions {
  modelBaseUrl: string;
  wasmBaseUrl: string;
  onInference: (ms: number) => void;
}

/** Camera request of the monitor itself (320x240 at 5 fps), so only the pacing differs. */
const MONITOR_CAMERA: CameraRequest = { deviceId: '' };
/** What getUserMedia({ video: true }) gives most hobby monitors: VGA at the camera's full rate. */
const HOBBY_CAMERA: CameraRequest = { deviceId: '', width: 640, height: 480, frameRate: 30 };

/**
 * What most hobby posture monitors do: the model on every camera frame
 * (requestVideoFrameCallback), no motion check, no pacing.
 */
export function startNaiveLoop(options: InferenceLoopOptions): Promise<InferenceLoop> {
  return startLoop(options, HOBBY_CAMERA, (video, next) => video.requestVideoFrameCallback(next));
}

/**
 * The monitor's own camera and model, run again as soon as each run ends, so the CPU never
 * idles between runs. Compared with the monitor's once-a-second runs in the same browser, it
 * separates what a run costs from what waking an idle CPU costs.
 */
export function startBackToBackLoop(options: InferenceLoopOptions): Promise<InferenceLoop> {
  // A MessageChannel message is a task with no timer clamp: Playwright's calls still get in
  // between runs, but the CPU gets no idle gap to drop its clocks in.
  const channel = new MessageChannel();
  let pending: (() => void) | undefined;
  channel.port1.onmessage = () => pending?.();
  return startLoop(options, MONITOR_CAMERA, (_video, next) => {
    pending = next;
    channel.port2.postMessage(null);
  });
}

async function startLoop(
  options: InferenceLoopOptions,
  cameraRequest: CameraRequest,
  schedule: (video: HTMLVideoElement, next: () => void) => void,
): Promise<InferenceLoop> {
  const backend = await selectPoseBackend({ wasmBaseUrl: options.wasmBaseUrl, allowWebgl: false });
  const detector = await createPoseDetector({
    modelUrl: verifiedModelHandler(new URL(options.modelBaseUrl, document.baseURI).href),
    backend,
  });
  const camera = await openCamera(cameraRequest);
  const source = await attachVideo(camera.stream);
  let running = true;
  let busy: Promise<void> = Promise.resolve();
  const runOnce = () => {
    if (!running) return;
    busy = (async () => {
      const started = performance.now();
      await detector.estimate(source.video, Date.now());
      options.onInference(performance.now() - started);
    })();
    void busy.then(() => {
      if (running) schedule(source.video, runOnce);
    });
  };
  schedule(source.video, runOnce);
  return {
    async stop() {
      running = false;
      await busy;
      source.detach();
      camera.stop();
      detector.dispose();
    },
  };
}
