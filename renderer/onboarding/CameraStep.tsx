import type { ComponentChildren } from 'preact';
import type { SetupProblem } from './use-onboarding-camera';
import type { Keypoint } from '../../shared/posture/keypoints';
import { useT } from '../i18n/use-wording';
import { setupCameraWords } from './camera-problem-words';
import type { OnboardingCamera } from './types';

export interface CameraStepProps {
  /** The live preview, shared with the next steps. */
  readonly preview: ComponentChildren;
  readonly cameras: readonly OnboardingCamera[];
  readonly selectedCameraId: string;
  readonly onSelectCamera: (deviceId: string) => void;
  readonly stream: MediaStream | null;
  readonly keypoints: readonly Keypoint[] | null;
  readonly cameraProblem: SetupProblem | null;
  readonly onRetry: () => void;
  readonly onWithoutCamera: () => void;
}

/**
 * Camera choice with the live preview. When the camera cannot be opened it says why (denied, none,
 * busy), and offers the two ways on: try again, or continue without a camera (breaks only).
 */
export function CameraStep(props: CameraStepProps) {
  const t = useT();
  return (
    <div class="ob-split">
      {props.preview}
      <div>
        {/* The list needs the camera's permission; without one there is nothing to choose. */}
        {props.cameras.length > 0 && (
          <>
            <label for="ob-camera">{t('onboarding:camera.label')}</label>
            <select
              id="ob-camera"
              value={props.selectedCameraId}
              onChange={(e) => props.onSelectCamera(e.currentTarget.value)}
            >
              {props.cameras.map((c, i) => (
                <option key={c.deviceId} value={c.deviceId}>
                  {c.label || t('onboarding:camera.unnamed', { number: i + 1 })}
                </option>
              ))}
            </select>
            <p class="ob-muted">{t('onboarding:camera.hint')}</p>
          </>
        )}
        {props.cameraProblem ? (
          <>
            <p class="ob-error" role="alert">
              {setupCameraWords(t, props.cameraProblem)}
            </p>
            <p>{t('onboarding:camera.orWithout')}</p>
            <div class="ob-actions">
              <button type="button" onClick={props.onRetry}>
                {t('onboarding:camera.tryAgain')}
              </button>
              <button type="button" onClick={props.onWithoutCamera}>
                {t('onboarding:nav.withoutCamera')}
              </button>
            </div>
          </>
        ) : (
          <p class="ob-muted" role="status">
            {props.keypoints
              ? t('onboarding:camera.seen')
              : props.stream
                ? t('onboarding:camera.looking')
                : t('onboarding:camera.opening')}
          </p>
        )}
      </div>
    </div>
  );
}
