import type { OnboardingProps } from './types';
import type { OnboardingCameraSession } from './use-onboarding-camera';

type LiveCameraProps = Pick<
  OnboardingProps,
  | 'cameras'
  | 'selectedCameraId'
  | 'onSelectCamera'
  | 'stream'
  | 'cameraProblem'
  | 'onRetryCamera'
  | 'keypoints'
  | 'calibration'
  | 'onStartCalibration'
  | 'slumpCalibration'
  | 'onStartSlumpCalibration'
>;

/**
 * The live camera session as onboarding's props: one mapping for the app's onboarding view and
 * its test bench, so both show exactly the same thing.
 */
export function liveCameraProps(
  live: OnboardingCameraSession,
  cameraId: string,
  onSelectCamera: (deviceId: string) => void,
): LiveCameraProps {
  return {
    cameras: live.cameras,
    selectedCameraId: live.camera?.deviceId ?? cameraId,
    onSelectCamera,
    stream: live.camera?.stream ?? null,
    cameraProblem: live.problem,
    onRetryCamera: live.retry,
    keypoints: live.keypoints,
    calibration: live.calibration,
    onStartCalibration: live.startCalibration,
    slumpCalibration: live.slumpCalibration,
    onStartSlumpCalibration: live.startSlumpCalibration,
  };
}
