import { useEffect, useRef, useState } from 'preact/hooks';
import type { MonitorStatus } from '../../shared/core/posture-status';
import { CAMERA_DEFAULTS, type OpenCamera } from '../pose/camera';
import type { Keypoint } from '../../shared/posture/keypoints';
import { createMonitor, type Monitor } from '../pose/monitor';
import type { Baseline } from '../../shared/posture/baseline';
import type { CalibrationView, OnboardingCamera } from './types';
import { useCalibrationFlow } from './use-calibration-flow';

/**
 * Setup's one stream is both the preview and what the model analyses. Its size is the background
 * monitor's own: a camera (Chromium's fake one included) crops its picture differently at other
 * sizes, and a calibration recorded on another crop would not fit what the monitor sees. Only the
 * frame rate is higher, for a smooth preview while setting up or recalibrating.
 */
const SETUP_CAMERA = { ...CAMERA_DEFAULTS, frameRate: 15 };

/** Why setup sees no picture or no pose: a camera problem, or the pose engine's. */
export type SetupProblem = Extract<MonitorStatus, { kind: 'error' }>['problem'];

export interface OnboardingCameraOptions {
  /** null while the caller does not know yet which camera to open, or may not open one. */
  readonly cameraId: string | null;
  readonly allowWebgl: boolean;
  readonly modelBaseUrl: string;
  readonly wasmBaseUrl: string;
  /** Called for every analysed frame (a lab counts them). */
  readonly onSample?: () => void;
}

export interface OnboardingCameraSession {
  readonly cameras: readonly OnboardingCamera[];
  readonly camera: OpenCamera | null;
  /**
   * Why there is no picture or no pose (camera denied, missing, busy, lost; or the pose engine
   * failed); null while it is fine or opening.
   */
  readonly problem: SetupProblem | null;
  readonly keypoints: readonly Keypoint[] | null;
  /** The upright calibration. */
  readonly calibration: CalibrationView;
  /** The optional slump calibration, recorded after the upright one. */
  readonly slumpCalibration: CalibrationView;
  /** The upright baseline, with the slump when one was recorded; null until calibrated. */
  readonly baseline: Baseline | null;
  /** Upright again: a slump recorded before is dropped with the old upright baseline. */
  startCalibration(): void;
  startSlumpCalibration(): void;
  /** Open the camera again after a failure (the person allowed it, plugged one in, closed an app). */
  retry(): void;
  /** Stop the preview and the model now (the person finished). */
  release(): void;
}

/**
 * Everything live that calibrating shows: the chosen camera's preview stream, the camera list,
 * the detected skeleton, and a real calibration on the pose model. Shared by the app's onboarding
 * view, its test bench and the guided recalibration, so all run exactly the same pipeline. The
 * frames stay in this page; only the baseline (numbers) leaves it, when the caller saves it.
 */
export function useOnboardingCamera(options: OnboardingCameraOptions): OnboardingCameraSession {
  const { cameraId, allowWebgl, modelBaseUrl, wasmBaseUrl } = options;
  const [cameras, setCameras] = useState<OnboardingCamera[]>([]);
  const [camera, setCamera] = useState<OpenCamera | null>(null);
  const [problem, setSetupProblem] = useState<SetupProblem | null>(null);
  const [keypoints, setKeypoints] = useState<readonly Keypoint[] | null>(null);
  const flow = useCalibrationFlow();
  const { actions } = flow;
  const monitor = useRef<Monitor | null>(null);
  const onSample = useRef(options.onSample);
  onSample.current = options.onSample;

  // The pose model, sampling fast (calibration mode), on the one camera stream the preview shows:
  // the camera is opened once, and the skeleton is drawn on the frames it was found in.
  useEffect(() => {
    if (cameraId === null) return;
    let cancelled = false;
    const m = createMonitor({
      modelBaseUrl,
      wasmBaseUrl,
      settings: { cameraId, allowWebgl },
      camera: SETUP_CAMERA,
      onCamera: (opened) => {
        setCamera(opened);
        if (!opened) return;
        setSetupProblem(null);
        // The camera list, once permission is granted (labels are empty before).
        void navigator.mediaDevices.enumerateDevices().then((devices) => {
          if (cancelled) return;
          setCameras(
            devices
              .filter((device) => device.kind === 'videoinput')
              // A camera without a name is named by its place in the list when shown.
              .map((device) => ({ deviceId: device.deviceId, label: device.label })),
          );
        });
      },
      onStatus: (status) => {
        if (status.kind === 'error') setSetupProblem(status.problem);
        else if (status.kind === 'running') setSetupProblem(null);
      },
      onSample: (sample, timeMs) => {
        onSample.current?.();
        setKeypoints(sample?.keypoints ?? null);
        actions.frame(sample, timeMs);
      },
    });
    monitor.current = m;
    m.setMode('calibrating');
    void m.start();
    return () => {
      cancelled = true;
      m.dispose();
      if (monitor.current === m) monitor.current = null;
      // Frames from another camera, or none at all, must not finish a recording.
      actions.cancel();
      setKeypoints(null);
      setCamera(null);
      setSetupProblem(null);
    };
  }, [cameraId, allowWebgl, modelBaseUrl, wasmBaseUrl, actions]);

  return {
    cameras,
    camera,
    problem,
    keypoints,
    calibration: flow.upright,
    slumpCalibration: flow.slump,
    baseline: flow.baseline,
    startCalibration() {
      actions.start('upright', camera?.deviceId ?? cameraId ?? '');
    },
    startSlumpCalibration() {
      actions.start('slump', camera?.deviceId ?? cameraId ?? '');
    },
    retry() {
      // start() keeps the model it has and reopens the monitor's camera: the monitor does not
      // retry a denied camera by itself, so this is how it hears the person fixed it.
      void monitor.current?.start();
    },
    release() {
      // The monitor owns the one camera: disposing of it releases the camera (light off).
      monitor.current?.dispose();
    },
  };
}
