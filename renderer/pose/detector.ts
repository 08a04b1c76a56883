import * as tf from '@tensorflow/tfjs-core';
import * as poseDetection from '@tensorflow-models/pose-detection';
import { KEYPOINT_NAMES, type Keypoint } from '../../shared/posture/keypoints';
import type { PoseBackendName, PostureSample } from './posture-sample';
import { PoseError, classifyModelLoadError } from './pose-errors';

/**
 * What a detector accepts: a video/canvas/image element, ImageData, an ImageData-like
 * `{data, width, height}` (RGBA bytes, handy in Node) or an int32 [height, width, 3] tensor.
 * Tensors passed in are never disposed or changed: the caller owns them.
 */
export type PoseInput = poseDetection.PoseDetectorInput | PixelData;

export interface PixelData {
  readonly data: Uint8Array | Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export interface PoseDetector {
  /** One pose for the frame, keypoints normalised to 0..1; null when nobody is there. */
  estimate(input: PoseInput, timeMs: number): Promise<PostureSample | null>;
  /**
   * Forget the crop region MoveNet tracks from frame to frame. Call it between frames that are
   * not from one continuous video (an evaluation over single images), so each is read fresh.
   */
  reset(): void;
  dispose(): void;
  readonly backend: PoseBackendName;
}

export interface PoseDetectorConfig {
  /** URL of model.json (same origin / app protocol), or an io.IOHandler (Node). Never a hub. */
  readonly modelUrl: string | tf.io.IOHandler;
  readonly backend: PoseBackendName;
  /** Mean keypoint score below which the frame counts as "no pose". 0..1, default 0.25. */
  readonly minPoseScore?: number;
}

export const DEFAULT_MIN_POSE_SCORE = 0.25;

/** Throws a RangeError naming the field, the value and the allowed range. */
export function validateDetectorConfig(config: PoseDetectorConfig): Required<PoseDetectorConfig> {
  const { modelUrl, backend } = config;
  if (typeof modelUrl === 'string') {
    if (modelUrl.trim() === '')
      throw new RangeError('modelUrl must be a non-empty URL of model.json.');
    if (/^(https?:)?\/\/(tfhub\.dev|www\.kaggle\.com|storage\.googleapis\.com)\//i.test(modelUrl)) {
      throw new RangeError(
        `modelUrl must point at Poise's own model files, not a model hub: ${modelUrl}`,
      );
    }
  } else if (
    modelUrl === null ||
    typeof modelUrl !== 'object' ||
    typeof modelUrl.load !== 'function'
  ) {
    throw new RangeError('modelUrl must be a URL string or an io.IOHandler with a load() method.');
  }
  if (backend !== 'wasm' && backend !== 'webgl') {
    throw new RangeError(`backend must be 'wasm' or 'webgl', got ${JSON.stringify(backend)}.`);
  }
  const minPoseScore = config.minPoseScore ?? DEFAULT_MIN_POSE_SCORE;
  if (!Number.isFinite(minPoseScore) || minPoseScore < 0 || minPoseScore > 1) {
    throw new RangeError(`minPoseScore must be within [0, 1], got ${minPoseScore}.`);
  }
  return { modelUrl, backend, minPoseScore };
}

/**
 * Load MoveNet SinglePose Lightning on an already-initialised tfjs backend. The backend must
 * be active before this is called (see backends.ts in the browser, node-pose.ts in Node): tfjs
 * silently falls back to 'cpu' (~850 ms per frame) and we refuse to run there.
 */
export async function createPoseDetector(config: PoseDetectorConfig): Promise<PoseDetector> {
  const { modelUrl, backend, minPoseScore } = validateDetectorConfig(config);
  await tf.ready();
  if (tf.getBackend() !== backend) {
    throw new PoseError(
      'no-backend',
      `The ${backend} pose backend is not active (tfjs is on '${tf.getBackend()}'); Poise will not run pose estimation on the slow CPU fallback.`,
    );
  }
  let model: poseDetection.PoseDetector;
  try {
    model = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
      modelType: poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING,
      // Smoothing belongs to the posture classifier, which gets time as an argument.
      enableSmoothing: false,
      modelUrl,
      minPoseScore,
    });
  } catch (error) {
    throw classifyModelLoadError(
      error,
      typeof modelUrl === 'string' ? modelUrl : 'models/movenet-lightning',
    );
  }
  return new MoveNetPoseDetector(model, backend);
}

class MoveNetPoseDetector implements PoseDetector {
  private disposed = false;
  constructor(
    private readonly model: poseDetection.PoseDetector,
    readonly backend: PoseBackendName,
  ) {}

  async estimate(input: PoseInput, timeMs: number): Promise<PostureSample | null> {
    if (this.disposed) throw new Error('PoseDetector.estimate called after dispose().');
    const { width, height } = imageSize(input);
    if (!(width > 0 && height > 0)) return null; // a video that has no frame yet
    const owned = isPixelData(input) ? tf.browser.fromPixels(asTfPixelData(input), 3) : null;
    try {
      // No timestamp: smoothing is off, and the library would otherwise read video.currentTime.
      const poses = await this.model.estimatePoses(
        owned ?? (input as poseDetection.PoseDetectorInput),
        {
          maxPoses: 1,
          flipHorizontal: false,
        },
      );
      const pose = poses[0];
      if (!pose || pose.keypoints.length !== KEYPOINT_NAMES.length) return null;
      const keypoints: Keypoint[] = [];
      for (let i = 0; i < KEYPOINT_NAMES.length; i += 1) {
        const raw = pose.keypoints[i]!;
        if (!Number.isFinite(raw.x) || !Number.isFinite(raw.y)) return null;
        keypoints.push({
          name: KEYPOINT_NAMES[i]!,
          // MoveNet's crop can reach past the image edge; the shared Keypoint contract is 0..1.
          x: clamp01(raw.x / width),
          y: clamp01(raw.y / height),
          score: clamp01(raw.score ?? 0),
        });
      }
      return { timeMs, keypoints, imageWidth: width, imageHeight: height, backend: this.backend };
    } finally {
      owned?.dispose();
    }
  }

  reset(): void {
    this.model.reset();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.model.dispose();
  }
}

function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

function isPixelData(input: PoseInput): input is PixelData {
  // Real ImageData goes to the library as is; a plain {data,width,height} is converted here.
  return (
    !(input instanceof tf.Tensor) &&
    !(typeof ImageData !== 'undefined' && input instanceof ImageData) &&
    'data' in input &&
    (input.data instanceof Uint8Array || input.data instanceof Uint8ClampedArray)
  );
}

/** tfjs only recognises a Uint8Array; view the same bytes rather than copying them. */
function asTfPixelData(input: PixelData): tf.PixelData {
  const { data, width, height } = input;
  const bytes =
    data instanceof Uint8Array
      ? data
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return { data: bytes, width, height };
}

/** Size of the frame as MoveNet sees it, for normalising its pixel coordinates. */
export function imageSize(input: PoseInput): { width: number; height: number } {
  if (input instanceof tf.Tensor) {
    if (input.rank !== 3)
      throw new RangeError(`Pose input tensor must be [height, width, 3], got rank ${input.rank}.`);
    return { height: input.shape[0] ?? 0, width: input.shape[1] ?? 0 };
  }
  if (typeof HTMLVideoElement !== 'undefined' && input instanceof HTMLVideoElement) {
    return { width: input.videoWidth, height: input.videoHeight };
  }
  const sized = input as {
    width: number | { baseVal: { value: number } };
    height: number | { baseVal: { value: number } };
  };
  const dim = (value: number | { baseVal: { value: number } }): number =>
    typeof value === 'number' ? value : value.baseVal.value;
  return { width: dim(sized.width), height: dim(sized.height) };
}
