import type { ComponentChildren } from 'preact';
import type { CameraProblem } from '../pose/camera-errors';
import type { Keypoint } from '../pose/keypoints';
import { SETUP_CAMERA_WORDS } from './camera-problem-words';
import type { OnboardingCamera } from './types';

export interface CameraStepProps {
  /** The live preview, shared with the next steps. */
  readonly preview: ComponentChildren;
  readonly cameras: readonly OnboardingCamera[];
  readonly selectedCameraId: string;
  readonly onSelectCamera: (deviceId: string) => void;
  readonly stream: MediaStream | null;
  readonly keypoints: readonly Keypoint[] | null;
  readonly cameraProblem: CameraProblem | null;
  readonly onRetry: () => void;
  readonly onWithoutCamera: () => void;
}

/**
 * Camera choice with the live preview. When the camera cannot be opened it says why (denied, none,
 * busy), and offers the two ways on: try again, or continue without a camera (breaks only).
 */
export function CameraStep(props: CameraStepProps) {
  return (
    <div class="ob-split">
      {props.preview}
      <div>
        {/* The list needs the camera's permission; without one there is nothing to choose. */}
        {props.cameras.length > 0 && (
          <>
            <label for="ob-camera">Camera</label>
            <select
              id="ob-camera"
              value={props.selectedCameraId}
              onChange={(e) => props.onSelectCamera(e.currentTarget.value)}
            >
              {props.cameras.map((c, i) => (
                <option key={c.deviceId} value={c.deviceId}>
                  {c.label || `Camera ${i + 1}`}
                </option>
              ))}
            </select>
            <p class="ob-muted">
              Use the camera that faces you, usually the one at the top of your screen.
            </p>
          </>
        )}
        {props.cameraProblem ? (
          <>
            <p class="ob-error" role="alert">
              {SETUP_CAMERA_WORDS[props.cameraProblem]}
            </p>
            <p>Or go on without a camera: Poise still leads your breaks.</p>
            <div class="ob-actions">
              <button type="button" onClick={props.onRetry}>
                Try again
              </button>
              <button type="button" onClick={props.onWithoutCamera}>
                Continue without a camera (breaks only)
              </button>
            </div>
          </>
        ) : (
          <p class="ob-muted" role="status">
            {props.keypoints
              ? 'Poise can see you: the dots follow your face and shoulders.'
              : props.stream
                ? 'Looking for you…'
                : 'Opening the camera…'}
          </p>
        )}
      </div>
    </div>
  );
}
