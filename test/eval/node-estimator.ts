import { createNodePoseDetector, estimateImageFile } from '../support/node-pose';
import type { EstimateImage } from './run-eval';

export interface NodeEstimator {
  readonly estimate: EstimateImage;
  readonly dispose: () => void;
}

/**
 * The real MoveNet on tfjs wasm. minPoseScore 0: whether someone is there is posture
 * analysis's call, made from the head and shoulder keypoints; the detector's mean over all 17
 * keypoints is dragged down by legs that a desk camera never sees.
 */
export async function createNodeEstimator(): Promise<NodeEstimator> {
  const detector = await createNodePoseDetector({ minPoseScore: 0 });
  return {
    estimate: (path) => estimateImageFile(detector, path, { independent: true }),
    dispose: () => detector.dispose(),
  };
}
