import { performance } from 'node:perf_hooks';
import { EvalInputError, listImages } from './image-folders';
import {
  checkCalibrationPlan,
  judgeImages,
  type CalibrationPlan,
  type EstimatedFrame,
  type JudgedImages,
} from './judge-images';
import type { NodeEstimator } from './node-estimator';

/** Reads one image into keypoints; null when no person was found. Throws when the file cannot be read. */
export type EstimateImage = (path: string) => Promise<EstimatedFrame>;

export interface EvalOptions extends CalibrationPlan {
  readonly uprightDir: string;
  readonly slouchedDir: string;
}

export interface EvalResult extends JudgedImages {
  /** Pose estimation plus verdict, averaged over every image read (calibration included). */
  readonly msPerImage: number;
}

export interface EvalFolders {
  readonly upright: readonly string[];
  readonly slouched: readonly string[];
}

/** Checks both folders and the calibration counts before any model is loaded, so mistakes fail fast. */
export async function resolveEvalFolders(options: EvalOptions): Promise<EvalFolders> {
  const upright = await listImages(options.uprightDir, 'upright');
  const slouched = await listImages(options.slouchedDir, 'slouched');
  checkCalibrationPlan(options, upright.length, slouched.length);
  return { upright, slouched };
}

/** Runs the pose model once on each image, in order; an unreadable file is the user's to fix. */
export async function estimateImages(
  paths: readonly string[],
  estimate: EstimateImage,
): Promise<EstimatedFrame[]> {
  const frames: EstimatedFrame[] = [];
  for (const path of paths) {
    try {
      frames.push(await estimate(path));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new EvalInputError(`Cannot read image ${path}: ${detail}`);
    }
  }
  return frames;
}

/**
 * The whole evaluation of one pair of folders: check the folders first (mistakes fail before any
 * model loads), then make the estimator, read every image, judge, and dispose of the estimator
 * whatever happens.
 */
export async function evaluate(
  options: EvalOptions,
  makeEstimator: () => Promise<NodeEstimator>,
): Promise<EvalResult> {
  const folders = await resolveEvalFolders(options);
  const estimator = await makeEstimator();
  try {
    const started = performance.now();
    const images = {
      upright: await estimateImages(folders.upright, estimator.estimate),
      slouched: await estimateImages(folders.slouched, estimator.estimate),
    };
    const judged = judgeImages(images, options);
    const imagesRead = images.upright.length + images.slouched.length;
    return { ...judged, msPerImage: (performance.now() - started) / imagesRead };
  } finally {
    estimator.dispose();
  }
}
