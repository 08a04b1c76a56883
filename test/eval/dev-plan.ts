import { MIN_CALIBRATION_FRAMES } from '../../shared/posture/calibration';
import type { CalibrationPlan } from './judge-images';

/**
 * upright-only: what every user gets (the upright calibration). personal: the same plus the
 * optional slouch calibration, for people who show Poise how they slump.
 */
export const DEV_MODES = ['upright-only', 'personal'] as const;
export type DevMode = (typeof DEV_MODES)[number];

/** The eval CLI's default, and what frontal-webcam was always gated with. */
const MAX_CALIBRATION_FRAMES = 10;

/**
 * How many of a folder's first images calibrate: a third of the folder, so at least two thirds
 * are scored even in the small sets, capped at ten; raised to MIN_CALIBRATION_FRAMES, the fewest
 * calibration accepts, so a 14-image folder still calibrates (on 5). Upright today: 280 -> 10,
 * 15 -> 5, 17 -> 5; slouched: 354 -> 10, 14 -> 5, 19 -> 6.
 */
export function calibrationCount(imageCount: number): number {
  return Math.min(
    MAX_CALIBRATION_FRAMES,
    Math.max(MIN_CALIBRATION_FRAMES, Math.floor(imageCount / 3)),
  );
}

/** The calibration plan for one set under one mode; scoring uses every image not calibrated on. */
export function planFor(
  mode: DevMode,
  uprightCount: number,
  slouchedCount: number,
): CalibrationPlan {
  return {
    calibrationFrames: calibrationCount(uprightCount),
    slouchedCalibrationFrames: mode === 'personal' ? calibrationCount(slouchedCount) : 0,
  };
}
