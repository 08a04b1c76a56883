import { performance } from 'node:perf_hooks';
import type { PostureState } from '../../main/core/posture-status';
import { calibrate } from '../../renderer/posture/calibration';
import { judgeFrame, type FrameInput } from '../../renderer/posture/frame-verdict';
import { DEFAULT_SENSITIVITY } from '../../renderer/posture/sensitivity';
import { emptyCounts, scoreCounts, type EvalScores, type StateCounts } from './eval-scores';
import { EvalInputError, listImages } from './image-folders';
import type { NodeEstimator } from './node-estimator';

/** Reads one image into keypoints; null when no person was found. Throws when the file cannot be read. */
export type EstimateImage = (path: string) => Promise<FrameInput | null>;

export interface EvalOptions {
  readonly uprightDir: string;
  readonly slouchedDir: string;
  readonly calibrationFrames: number;
  readonly sensitivity?: number;
}

export interface EvalResult extends EvalScores {
  readonly calibrationFrames: number;
  readonly calibrationUsable: number;
  readonly sensitivity: number;
  readonly upright: StateCounts;
  readonly slouched: StateCounts;
  /** Pose estimation plus verdict, averaged over every image read (calibration included). */
  readonly msPerImage: number;
}

export interface EvalFolders {
  readonly upright: readonly string[];
  readonly slouched: readonly string[];
}

/** Checks both folders and the calibration count before any model is loaded, so mistakes fail fast. */
export async function resolveEvalFolders(options: EvalOptions): Promise<EvalFolders> {
  const upright = await listImages(options.uprightDir, 'upright');
  const slouched = await listImages(options.slouchedDir, 'slouched');
  if (!Number.isInteger(options.calibrationFrames) || options.calibrationFrames < 1) {
    throw new EvalInputError(
      `--calibration-frames must be a whole number of at least 1, got ${options.calibrationFrames}.`,
    );
  }
  if (options.calibrationFrames >= upright.length) {
    throw new EvalInputError(
      `The upright folder has ${upright.length} images; with ${options.calibrationFrames} used for calibration none would be left to score.`,
    );
  }
  return { upright, slouched };
}

async function readImage(estimate: EstimateImage, path: string): Promise<FrameInput | null> {
  try {
    return await estimate(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new EvalInputError(`Cannot read image ${path}: ${detail}`);
  }
}

/**
 * The first N upright images calibrate; every other image is judged on its own (no smoothing
 * across images) against that baseline.
 */
export async function runEvaluation(
  options: EvalOptions,
  folders: EvalFolders,
  estimate: EstimateImage,
): Promise<EvalResult> {
  const sensitivity = options.sensitivity ?? DEFAULT_SENSITIVITY;
  let imagesRead = 0;
  let elapsedMs = 0;
  const timed = async (path: string, judge: (frame: FrameInput | null) => void) => {
    const started = performance.now();
    const frame = await readImage(estimate, path);
    judge(frame);
    elapsedMs += performance.now() - started;
    imagesRead += 1;
  };

  const calibrationImages = folders.upright.slice(0, options.calibrationFrames);
  const calibrationSamples: FrameInput[] = [];
  for (const path of calibrationImages) {
    await timed(path, (frame) => {
      if (frame) calibrationSamples.push(frame);
    });
  }
  const calibration = calibrate(calibrationSamples, 'eval', 0);
  if (!calibration.ok) {
    throw new EvalInputError(
      `Calibration on the first ${calibrationImages.length} upright images failed: ${calibration.message}`,
    );
  }

  const judgeAll = async (paths: readonly string[]): Promise<StateCounts> => {
    const counts = emptyCounts();
    for (const path of paths) {
      await timed(path, (frame) => {
        const state: PostureState = frame
          ? judgeFrame(frame, calibration.baseline, sensitivity).state
          : 'away';
        counts[state] += 1;
      });
    }
    return counts;
  };
  const upright = await judgeAll(folders.upright.slice(options.calibrationFrames));
  const slouched = await judgeAll(folders.slouched);

  return {
    ...scoreCounts(upright, slouched),
    calibrationFrames: calibrationImages.length,
    calibrationUsable: calibration.baseline.frameCount,
    sensitivity,
    upright,
    slouched,
    msPerImage: imagesRead === 0 ? 0 : elapsedMs / imagesRead,
  };
}

/**
 * The whole evaluation: check the folders first (mistakes fail before any model loads), then
 * make the estimator, run, and dispose of it whatever happens.
 */
export async function evaluate(
  options: EvalOptions,
  makeEstimator: () => Promise<NodeEstimator>,
): Promise<EvalResult> {
  const folders = await resolveEvalFolders(options);
  const estimator = await makeEstimator();
  try {
    return await runEvaluation(options, folders, estimator.estimate);
  } finally {
    estimator.dispose();
  }
}
