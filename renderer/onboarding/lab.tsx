import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultSettings } from '../../main/core/settings/schema';
import { CameraError, openCamera, type OpenCamera } from '../pose/camera';
import type { Keypoint } from '../pose/keypoints';
import { createMonitor, type Monitor } from '../pose/monitor';
import type { PostureSample } from '../pose/posture-sample';
import type { Baseline } from '../posture/baseline';
import {
  addCalibrationFrame,
  calibrationProgress,
  finishCalibration,
  isCalibrationComplete,
  startCalibration,
  type CalibrationSession,
} from '../posture/calibration';
import { Onboarding } from './Onboarding';
import type { CalibrationView, OnboardingCamera, OnboardingChoices } from './types';

/**
 * Test bench for onboarding with the real camera, the real pose monitor and real calibration
 * (dashboard-lab.html?lab=onboarding). What the person chose lands in
 * window.poiseOnboardingLab for Playwright; the browser host wires the same pieces.
 */
declare global {
  interface Window {
    poiseOnboardingLab?: {
      finished: OnboardingChoices | null;
      baseline: Baseline | null;
      samples: number;
    };
  }
}
const lab = {
  finished: null as OnboardingChoices | null,
  baseline: null as Baseline | null,
  samples: 0,
};
window.poiseOnboardingLab = lab;

function OnboardingLab() {
  const defaults = defaultSettings();
  const [cameras, setCameras] = useState<OnboardingCamera[]>([]);
  const [cameraId, setCameraId] = useState(defaults.monitoring.cameraId);
  const [camera, setCamera] = useState<OpenCamera | null>(null);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const [keypoints, setKeypoints] = useState<readonly Keypoint[] | null>(null);
  const [calibration, setCalibration] = useState<CalibrationView>({ state: 'idle' });
  const [finished, setFinished] = useState(false);
  const session = useRef<CalibrationSession | null>(null);
  const monitor = useRef<Monitor | null>(null);

  // Preview stream of the chosen camera.
  useEffect(() => {
    let open: OpenCamera | null = null;
    let cancelled = false;
    openCamera({ deviceId: cameraId, width: 640, height: 360 })
      .then(async (opened) => {
        if (cancelled) return opened.stop();
        open = opened;
        setCamera(opened);
        setCameraError(null);
        const devices = await navigator.mediaDevices.enumerateDevices();
        setCameras(
          devices
            .filter((d) => d.kind === 'videoinput')
            .map((d) => ({ deviceId: d.deviceId, label: d.label })),
        );
        if (!cameraId) setCameraId(opened.deviceId);
      })
      .catch((error: unknown) =>
        setCameraError(error instanceof CameraError ? error.message : String(error)),
      );
    return () => {
      cancelled = true;
      open?.stop();
    };
  }, [cameraId]);

  // The pose monitor, in calibration mode (fast sampling) while onboarding is open.
  useEffect(() => {
    const m = createMonitor({
      modelBaseUrl: 'models/movenet-lightning/',
      wasmBaseUrl: 'wasm/',
      settings: { cameraId, allowWebgl: false },
      onStatus: () => undefined,
      onSample: (sample: PostureSample | null, timeMs: number) => {
        lab.samples += 1;
        setKeypoints(sample?.keypoints ?? null);
        const s = session.current;
        if (!s) return;
        const next = sample ? addCalibrationFrame(s, sample) : s;
        if (isCalibrationComplete(next, timeMs)) {
          session.current = null;
          const result = finishCalibration(next, timeMs);
          if (result.ok) {
            lab.baseline = result.baseline;
            setCalibration({ state: 'done' });
          } else {
            setCalibration({ state: 'failed', message: result.message });
          }
        } else {
          session.current = next;
          setCalibration({ state: 'running', progress: calibrationProgress(next, timeMs) });
        }
      },
    });
    monitor.current = m;
    m.setMode('calibrating');
    void m.start();
    return () => m.dispose();
  }, [cameraId]);

  if (finished) {
    return (
      <main class="onboarding">
        <h2>All set</h2>
        <p role="status">Poise is ready. Choices saved.</p>
      </main>
    );
  }
  return (
    <main>
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
        initialSchedule={defaults.breaks}
        initialLaunchAtLogin={defaults.launchAtLogin}
        onFinish={(choices) => {
          lab.finished = choices;
          camera?.stop();
          monitor.current?.dispose();
          setFinished(true);
        }}
      />
    </main>
  );
}

export function mountOnboardingLab(root: HTMLElement): void {
  render(<OnboardingLab />, root);
}
