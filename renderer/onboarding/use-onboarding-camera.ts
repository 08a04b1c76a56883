import { useEffect, useRef, useState } from 'preact/hooks';
import { CAMERA_DEFAULTS, CameraError, openCamera, type OpenCamera } from '../pose/camera';
import { classifyCameraError, type CameraFailure } from '../pose/camera-errors';
import type { Keypoint } from '../pose/keypoints';
import { createMonitor, type Monitor } from '../pose/monitor';
import type { Baseline } from '../posture/baseline';
import type { CalibrationView, OnboardingCamera } from './types';
import { useCalibrationFlow } from './use-calibration-flow';

/**
 * The preview asks for the analysis stream's shape (4:3, twice the size): a camera crops its
 * sensor differently for 16:9 and 4:3, and the skeleton, placed on the analysed frame, sat off
 * the face when the preview was 16:9.
 */
const PREVIEW_SIZE = { width: 2 * CAMERA_DEFAULTS.width, height: 2 * CAMERA_DEFAULTS.height };

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
  /** Why the camera could not be opened (denied, none, busy); null while it is fine or opening. */
  readonly cameraFailure: CameraFailure | null;
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
  const [cameraFailure, setCameraFailure] = useState<CameraFailure | null>(null);
  /** Bumped by retry(): opens the preview again. */
  const [attempt, setAttempt] = useState(0);
  const [keypoints, setKeypoints] = useState<readonly Keypoint[] | null>(null);
  const flow = useCalibrationFlow();
  const { actions } = flow;
  const monitor = useRef<Monitor | null>(null);
  const onSample = useRef(options.onSample);
  onSample.current = options.onSample;

  // The preview stream of the chosen camera, and the list of cameras once permission is granted.
  useEffect(() => {
    if (cameraId === null) return;
    let opened: OpenCamera | null = null;
    let cancelled = false;
    openCamera({ deviceId: cameraId, ...PREVIEW_SIZE })
      .then(async (next) => {
        if (cancelled) return next.stop();
        opened = next;
        setCamera(next);
        setCameraFailure(null);
        const devices = await navigator.mediaDevices.enumerateDevices();
        setCameras(
          devices
            .filter((device) => device.kind === 'videoinput')
            // A camera without a name is named by its place in the list when shown.
            .map((device) => ({ deviceId: device.deviceId, label: device.label })),
        );
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setCameraFailure(
            error instanceof CameraError ? error.failure : classifyCameraError(error),
          );
      });
    return () => {
      cancelled = true;
      opened?.stop();
      setCamera(null);
      setCameraFailure(null);
    };
  }, [cameraId, attempt]);

  // The pose model, sampling fast (calibration mode) for a live skeleton and for calibration.
  useEffect(() => {
    if (cameraId === null) return;
    const m = createMonitor({
      modelBaseUrl,
      wasmBaseUrl,
      settings: { cameraId, allowWebgl },
      onStatus: () => undefined,
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
      m.dispose();
      if (monitor.current === m) monitor.current = null;
      // Frames from another camera, or none at all, must not finish a recording.
      actions.cancel();
      setKeypoints(null);
    };
  }, [cameraId, allowWebgl, modelBaseUrl, wasmBaseUrl, actions]);

  return {
    cameras,
    camera,
    cameraFailure,
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
      setAttempt((n) => n + 1);
      // start() keeps the model it has and reopens the monitor's camera: the monitor does not
      // retry a denied camera by itself, so this is how it hears the person fixed it.
      void monitor.current?.start();
    },
    release() {
      camera?.stop();
      monitor.current?.dispose();
    },
  };
}
