import type { Translate } from '../../shared/core/i18n/translator';
import type { SetupProblem } from './use-onboarding-camera';

/**
 * Why setup cannot see the person, and what they can do about it. Not the monitor's words
 * (shared/core/posture-words.ts): setup waits for "Try again", and always offers to go on without
 * a camera. A pose engine that failed to start is one problem to the person, whatever the cause.
 */
export function setupCameraWords(t: Translate, problem: SetupProblem): string {
  switch (problem) {
    case 'model-missing':
    case 'model-corrupt':
    case 'no-backend':
      return t('onboarding:camera.problem.engine');
    default:
      return t(`onboarding:camera.problem.${problem}`);
  }
}
