import type { PostureState } from '../../shared/core/posture-status';
import { calibrate, withSlouchCalibration } from '../../shared/posture/calibration';
import { judgeFrame, type FrameInput } from '../../shared/posture/frame-verdict';
import { DEFAULT_SENSITIVITY } from '../../shared/posture/sensitivity';
import { emptyCounts, scoreCounts, type EvalScores, type StateCounts } from './eval-scores';
import { EvalInputError } from './image-folders';

/** One image's keypoints, or null when the model found nobody. */
export type EstimatedFrame = FrameInput | null;

/** Both folders of one person, already through the pose model, in natural file order. */
export interface EstimatedImages {
  readonly upright: readonly EstimatedFrame[];
  readonly slouched: readonly EstimatedFrame[];
}

export interface CalibrationPlan {
  /** The first N upright images calibrate and are not scored. */
  readonly calibrationFrames: number;
  /** The first K slouched images feed the personal slouch calibration and are not scored; 0 (default) skips that step. */
  readonly slouchedCalibrationFrames?: number;
  readonly sensitivity?: number;
}

export interface SlouchCalibrationSummary {
  readonly frames: number;
  /** The metrics that moved the slouched way, which now place this person's line. */
  readonly metrics: readonly string[];
}

export interface JudgedImages extends EvalScores {
  readonly calibrationFrames: number;
  readonly calibrationUsable: number;
  readonly sensitivity: number;
  readonly upright: StateCounts;
  readonly slouched: StateCounts;
  /** Only when the personal slouch calibration ran, so results without it keep their old shape. */
  readonly slouchCalibration?: SlouchCalibrationSummary;
}

/** Refuses a plan that is not whole numbers or leaves a folder with nothing to score. */
export function checkCalibrationPlan(
  plan: CalibrationPlan,
  uprightCount: number,
  slouchedCount: number,
): void {
  const slouchedFrames = plan.slouchedCalibrationFrames ?? 0;
  if (!Number.isInteger(plan.calibrationFrames) || plan.calibrationFrames < 1) {
    throw new EvalInputError(
      `--calibration-frames must be a whole number of at least 1, got ${plan.calibrationFrames}.`,
    );
  }
  if (plan.calibrationFrames >= uprightCount) {
    throw new EvalInputError(
      `The upright folder has ${uprightCount} images; with ${plan.calibrationFrames} used for calibration none would be left to score.`,
    );
  }
  if (!Number.isInteger(slouchedFrames) || slouchedFrames < 0) {
    throw new EvalInputError(
      `--slouched-calibration-frames must be a whole number of at least 0, got ${slouchedFrames}.`,
    );
  }
  if (slouchedFrames >= slouchedCount) {
    throw new EvalInputError(
      `The slouched folder has ${slouchedCount} images; with ${slouchedFrames} used for slouch calibration none would be left to score.`,
    );
  }
}

const found = (frames: readonly EstimatedFrame[]): FrameInput[] =>
  frames.filter((frame): frame is FrameInput => frame !== null);

/**
 * The one evaluation core, shared by the CLI and eval:dev: calibrate on the first images, then
 * judge every other image on its own (no smoothing across images) against that baseline. Pure,
 * so eval:dev can run the pose model once and judge the same frames under several plans.
 */
export function judgeImages(images: EstimatedImages, plan: CalibrationPlan): JudgedImages {
  checkCalibrationPlan(plan, images.upright.length, images.slouched.length);
  const sensitivity = plan.sensitivity ?? DEFAULT_SENSITIVITY;
  const slouchedFrames = plan.slouchedCalibrationFrames ?? 0;

  const calibration = calibrate(found(images.upright.slice(0, plan.calibrationFrames)), 'eval', 0);
  if (!calibration.ok) {
    throw new EvalInputError(
      `Calibration on the first ${plan.calibrationFrames} upright images failed: ${calibration.message}`,
    );
  }
  let baseline = calibration.baseline;
  if (slouchedFrames > 0) {
    const personal = withSlouchCalibration(
      baseline,
      found(images.slouched.slice(0, slouchedFrames)),
    );
    if (!personal.ok) {
      throw new EvalInputError(
        `Slouch calibration on the first ${slouchedFrames} slouched images failed: ${personal.message}`,
      );
    }
    baseline = personal.baseline;
  }

  const judgeAll = (frames: readonly EstimatedFrame[]): StateCounts => {
    const counts = emptyCounts();
    for (const frame of frames) {
      const state: PostureState = frame ? judgeFrame(frame, baseline, sensitivity).state : 'away';
      counts[state] += 1;
    }
    return counts;
  };
  const upright = judgeAll(images.upright.slice(plan.calibrationFrames));
  const slouched = judgeAll(images.slouched.slice(slouchedFrames));

  return {
    ...scoreCounts(upright, slouched),
    calibrationFrames: plan.calibrationFrames,
    calibrationUsable: calibration.baseline.frameCount,
    sensitivity,
    upright,
    slouched,
    ...(slouchedFrames > 0
      ? {
          slouchCalibration: {
            frames: slouchedFrames,
            metrics: Object.keys(baseline.slouched ?? {}),
          },
        }
      : {}),
  };
}
