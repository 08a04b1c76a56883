import { selectPoseBackend } from '../pose/backends';
import { openCamera } from '../pose/camera';
import { createPoseDetector } from '../pose/detector';
import { verifiedModelHandler } from '../pose/model-files';
import { attachVideo } from '../pose/video-source';

/**
 * The baseline the benchmark compares against: what most hobby posture monitors do, running
 * the model on every camera frame (requestVideoFrameCallback), no motion check, no pacing.
 */
export interface NaiveLoop {
  stop(): Promise<void>;
}

export async function startNaiveLoop(options: {
  modelBaseUrl: string;
  wasmBaseUrl: string;
  onInference: (ms: number) => void;
}): Promise<NaiveLoop> {
  const backend = await selectPoseBackend({ wasmBaseUrl: options.wasmBaseUrl, allowWebgl: false });
  const detector = await createPoseDetector({
    modelUrl: verifiedModelHandler(new URL(options.modelBaseUrl, document.baseURI).href),
    backend,
  });
  // What getUserMedia({ video: true }) gives most hobby monitors: VGA at the camera's full rate.
  const camera = await openCamera({ deviceId: '', width: 640, height: 480, frameRate: 30 });
  const source = await attachVideo(camera.stream);
  let running = true;
  let busy: Promise<void> = Promise.resolve();
  const onFrame = () => {
    if (!running) return;
    busy = (async () => {
      const started = performance.now();
      await detector.estimate(source.video, Date.now());
      options.onInference(performance.now() - started);
    })();
    void busy.then(() => {
      if (running) source.video.requestVideoFrameCallback(onFrame);
    });
  };
  source.video.requestVideoFrameCallback(onFrame);
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
