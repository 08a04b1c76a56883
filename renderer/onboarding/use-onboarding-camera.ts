import { useEffect, useRef, useState } from 'preact/hooks';
import { CameraError, openCamera, type OpenCamera } from '../pose/camera';
import type { Keypoint } from '../pose/keypoints';
import { createMonitor, type Monitor } from '../pose/monitor';
import type { Baseline } from '../posture/baseline';
import {
  addCalibrationFrame,
  calibrationProgress,
  finishCalibration,
  isCalibrationComplete,
  startCalibration,
  type CalibrationSession,
} from '../posture/calibration';
import type { CalibrationView, OnboardingCamera } from './types';

export interface OnboardingCameraOptions {
  /** null while the caller does not know yet which camera to open. */
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
  readonly cameraError: string | null;
  readonly keypoints: readonly Keypoint[] | null;
  readonly calibration: CalibrationView;
  readonly baseline: Baseline | null;
  startCalibration(): void;
  /** Stop the preview and the model now (the person finished). */
  release(): void;
}

/**
 * Everything live that onboarding shows: the chosen camera's preview stream, the camera list,
 * the detected skeleton, and a real calibration on the pose model. Shared by the app's onboarding
 * view and its test bench, so both run exactly the same pipeline.
 */
export function useOnboardingCamera(options: OnboardingCameraOptions): OnboardingCameraSession {
  const { cameraId, allowWebgl, modelBaseUrl, wasmBaseUrl } = options;
  const [cameras, setCameras] = useState<OnboardingCamera[]>([]);
  const [camera, setCamera] = useState<OpenCamera | null>(null);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const [keypoints, setKeypoints] = useState<readonly Keypoint[] | null>(null);
  const [calibration, setCalibration] = useState<CalibrationView>({ state: 'idle' });
  const [baseline, setBaseline] = useState<Baseline | null>(null);
  const session = useRef<CalibrationSession | null>(null);
  const monitor = useRef<Monitor | null>(null);
  const onSample = useRef(options.onSample);
  onSample.current = options.onSample;

  // The preview stream of the chosen camera, and the list of cameras once permission is granted.
  useEffect(() => {
    if (cameraId === null) return;
    let opened: OpenCamera | null = null;
    let cancelled = false;
    openCamera({ deviceId: cameraId, width: 640, height: 360 })
      .then(async (next) => {
        if (cancelled) return next.stop();
        opened = next;
        setCamera(next);
        setCameraError(null);
        const devices = await navigator.mediaDevices.enumerateDevices();
        setCameras(
          devices
            .filter((device) => device.kind === 'videoinput')
            .map((device, index) => ({
              deviceId: device.deviceId,
              label: device.label || `Camera ${index + 1}`,
            })),
        );
      })
      .catch((error: unknown) =>
        setCameraError(error instanceof CameraError ? error.message : String(error)),
      );
    return () => {
      cancelled = true;
      opened?.stop();
    };
  }, [cameraId]);

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
        const current = session.current;
        if (!current) return;
        const next = sample ? addCalibrationFrame(current, sample) : current;
        if (!isCalibrationComplete(next, timeMs)) {
          session.current = next;
          setCalibration({ state: 'running', progress: calibrationProgress(next, timeMs) });
          return;
        }
        session.current = null;
        const result = finishCalibration(next, timeMs);
        if (result.ok) {
          setBaseline(result.baseline);
          setCalibration({ state: 'done' });
        } else {
          setCalibration({ state: 'failed', message: result.message });
        }
      },
    });
    monitor.current = m;
    m.setMode('calibrating');
    void m.start();
    return () => m.dispose();
  }, [cameraId, allowWebgl, modelBaseUrl, wasmBaseUrl]);

  return {
    cameras,
    camera,
    cameraError,
    keypoints,
    calibration,
    baseline,
    startCalibration() {
      session.current = startCalibration(camera?.deviceId ?? cameraId ?? '', Date.now());
      setCalibration({ state: 'running', progress: 0 });
    },
    release() {
      camera?.stop();
      monitor.current?.dispose();
    },
  };
}
