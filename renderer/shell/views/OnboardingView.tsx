import { useEffect, useRef, useState } from 'preact/hooks';
import type { PoiseApi } from '../../../main/ipc/contract';
import { Onboarding } from '../../onboarding/Onboarding';
import type { CalibrationView, OnboardingCamera, OnboardingChoices } from '../../onboarding/types';
import { CameraError, openCamera, type OpenCamera } from '../../pose/camera';
import type { Keypoint } from '../../pose/keypoints';
import { createMonitor, type Monitor } from '../../pose/monitor';
import type { Baseline } from '../../posture/baseline';
import {
  addCalibrationFrame,
  calibrationProgress,
  finishCalibration,
  isCalibrationComplete,
  startCalibration,
  type CalibrationSession,
} from '../../posture/calibration';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../../monitor/posture-runtime';
import { useSettings } from './use-settings';

/**
 * First run (and "set up again"): a live preview with the skeleton, placement checks and a real
 * calibration, all in this window. The camera and the pose model here are the onboarding's own
 * and are released when it closes; only the chosen settings and the baseline are saved.
 */
export function OnboardingView(props: { api: PoiseApi; onDone: () => void }) {
  const { api } = props;
  const settings = useSettings(api);
  const [cameras, setCameras] = useState<OnboardingCamera[]>([]);
  const [cameraId, setCameraId] = useState<string | null>(null);
  const [camera, setCamera] = useState<OpenCamera | null>(null);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const [keypoints, setKeypoints] = useState<readonly Keypoint[] | null>(null);
  const [calibration, setCalibration] = useState<CalibrationView>({ state: 'idle' });
  const session = useRef<CalibrationSession | null>(null);
  const baseline = useRef<Baseline | null>(null);
  const monitor = useRef<Monitor | null>(null);

  useEffect(() => {
    if (settings && cameraId === null) setCameraId(settings.monitoring.cameraId);
  }, [settings, cameraId]);

  // The preview stream of the chosen camera.
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

  // The pose model, sampling fast for a live skeleton and for calibration.
  useEffect(() => {
    if (cameraId === null || !settings) return;
    const m = createMonitor({
      modelBaseUrl: MODEL_BASE_URL,
      wasmBaseUrl: WASM_BASE_URL,
      settings: { cameraId, allowWebgl: settings.monitoring.allowWebgl },
      onStatus: () => undefined,
      onSample: (sample, timeMs) => {
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
          baseline.current = result.baseline;
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
    // Settings are read once when the camera is chosen; the monitor restarts only for a new camera.
  }, [cameraId, settings === null]);

  if (!settings || cameraId === null) return <p>Loading…</p>;

  const finish = async (choices: OnboardingChoices): Promise<void> => {
    camera?.stop();
    monitor.current?.dispose();
    if (baseline.current)
      await api.invoke('calibration:save', { ...baseline.current, cameraId: choices.cameraId });
    await api.invoke('settings:update', {
      firstRunComplete: true,
      launchAtLogin: choices.launchAtLogin,
      monitoring: { cameraId: choices.cameraId },
      breaks: choices.breaks,
    });
    props.onDone();
  };

  return (
    <Onboarding
      cameras={cameras}
      selectedCameraId={camera?.deviceId ?? cameraId}
      onSelectCamera={setCameraId}
      stream={camera?.stream ?? null}
      cameraError={cameraError}
      keypoints={keypoints}
      calibration={calibration}
      onStartCalibration={() => {
        session.current = startCalibration(camera?.deviceId ?? cameraId, Date.now());
        setCalibration({ state: 'running', progress: 0 });
      }}
      initialSchedule={settings.breaks}
      initialLaunchAtLogin={settings.launchAtLogin}
      onFinish={(choices) => void finish(choices)}
      onCancel={props.onDone}
      rerun={settings.firstRunComplete}
    />
  );
}
