import type { Settings } from '../../main/core/settings/schema';
import type { PoiseApi } from '../../main/ipc/contract';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../pose/model-files';
import { createMonitor } from '../pose/monitor';
import type { PostureSample } from '../pose/posture-sample';
import type { Baseline } from '../posture/baseline';
import {
  addCalibrationFrame,
  finishCalibration,
  isCalibrationComplete,
  startCalibration,
  type CalibrationSession,
} from '../posture/calibration';
import {
  initialClassifierState,
  stepClassifier,
  type ClassifierState,
} from '../posture/classifier';

/** Baselines are per camera; '' (the system default camera) is stored as 'default'. */
export const baselineKey = (cameraId: string): string => cameraId || 'default';

/**
 * The monitor window's whole job, shared by Electron's hidden monitor window and the browser
 * host: camera -> pose -> classifier -> posture report over the contract. Main decides when the
 * camera runs (monitor:control); frames never leave this page, only reports do.
 */
export async function startPostureRuntime(api: PoiseApi): Promise<void> {
  let settings: Settings = await api.invoke('settings:get');
  let cameraKey = baselineKey(settings.monitoring.cameraId);
  let baseline: Baseline | null = await api.invoke('calibration:get', cameraKey);
  let classifier: ClassifierState = initialClassifierState();
  let calibration: CalibrationSession | null = null;

  const onPostureSample = (sample: PostureSample | null, timeMs: number): void => {
    if (calibration) {
      if (sample) calibration = addCalibrationFrame(calibration, sample);
      if (isCalibrationComplete(calibration, timeMs)) finishCalibrating(timeMs);
      return;
    }
    const frame = sample ?? { keypoints: [], imageWidth: 1, imageHeight: 1 };
    const out = stepClassifier(
      classifier,
      frame,
      baseline,
      settings.monitoring.sensitivity,
      timeMs,
    );
    classifier = out.state;
    // The report already carries the classifier's recalibration prompt.
    api.send('posture:report', out.report);
  };

  const finishCalibrating = (timeMs: number): void => {
    if (!calibration) return;
    const result = finishCalibration(calibration, timeMs);
    calibration = null;
    monitor.setMode('normal');
    if (!result.ok) return;
    baseline = result.baseline;
    classifier = initialClassifierState();
    void api.invoke('calibration:save', result.baseline);
  };

  const monitor = createMonitor({
    modelBaseUrl: MODEL_BASE_URL,
    wasmBaseUrl: WASM_BASE_URL,
    settings: {
      cameraId: settings.monitoring.cameraId,
      allowWebgl: settings.monitoring.allowWebgl,
    },
    onSample: onPostureSample,
    onStatus: (status) => api.send('monitor:status', status),
  });

  const calibrate = (): void => {
    calibration = startCalibration(cameraKey, Date.now());
    monitor.setMode('calibrating');
  };

  api.on('monitor:control', ({ run, mode }) => {
    if (!run) {
      calibration = null;
      monitor.stop('paused');
      return;
    }
    void monitor.start();
    if (mode === 'calibrating') calibrate();
    else monitor.setMode(mode);
  });
  api.on('settings:changed', (next) => {
    const cameraChanged = next.monitoring.cameraId !== settings.monitoring.cameraId;
    settings = next;
    if (cameraChanged) {
      monitor.updateSettings({
        cameraId: next.monitoring.cameraId,
        allowWebgl: next.monitoring.allowWebgl,
      });
    }
    // Onboarding may have saved a new baseline with its settings: always read it again.
    cameraKey = baselineKey(next.monitoring.cameraId);
    void api.invoke('calibration:get', cameraKey).then((found) => {
      if (JSON.stringify(found) === JSON.stringify(baseline)) return;
      baseline = found;
      classifier = initialClassifierState();
    });
  });
}
