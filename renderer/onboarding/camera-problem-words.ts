import type { Translate } from '../../main/core/i18n/translator';
import type { CameraProblem } from '../pose/camera-errors';

/**
 * Why setup cannot see the camera, and what the person can do about it. Not the monitor's words
 * (pose/camera-errors.ts): the monitor retries by itself, while setup waits for "Try again", and
 * always offers to go on without a camera.
 */
export function setupCameraWords(t: Translate, problem: CameraProblem): string {
  return t(`onboarding:camera.problem.${problem}`);
}
