import type { Settings } from '../../main/core/settings/schema';
import type { PoiseApi } from '../../main/ipc/contract';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../pose/model-files';
import { createMonitor } from '../pose/monitor';
import type { PostureSample } from '../pose/posture-sample';
import type { Baseline } from '../posture/baseline';
import {
  initialClassifierState,
  stepClassifier,
  type ClassifierState,
} from '../posture/classifier';
import { baselineKey } from './baseline-key';

/**
 * The monitor window's whole job, shared by Electron's hidden monitor window and the browser
 * host: camera -> pose -> classifier -> posture report over the contract. Main decides when the
 * camera runs (monitor:control); frames never leave this page, only reports do. Calibrating is
 * not done here: onboarding and the guided recalibration run it in the app window, where the
 * person sees what to do, and this monitor stands aside meanwhile.
 */
export async function startPostureRuntime(api: PoiseApi): Promise<void> {
  let settings: Settings = await api.invoke('settings:get');
  let cameraKey = baselineKey(settings.monitoring.cameraId);
  let places: Baseline[] = await api.invoke('calibration:get', cameraKey);
  let classifier: ClassifierState = initialClassifierState();
  /** Stood aside for a calibration page, which may have saved a new baseline meanwhile. */
  let afterCalibration = false;

  const onPostureSample = (sample: PostureSample | null, timeMs: number): void => {
    const frame = sample ?? { keypoints: [], imageWidth: 1, imageHeight: 1 };
    const out = stepClassifier(classifier, frame, places, settings.monitoring.sensitivity, timeMs);
    classifier = out.state;
    // The report already carries the classifier's recalibration prompt.
    api.send('posture:report', out.report);
  };

  function reloadPlaces(): void {
    void api.invoke('calibration:get', cameraKey).then((found) => {
      if (JSON.stringify(found) === JSON.stringify(places)) return;
      places = found;
      classifier = initialClassifierState();
    });
  }

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

  api.on('monitor:control', ({ run, mode }) => {
    // A calibration page has the camera: release it here, so it is never open twice.
    if (mode === 'calibrating') {
      afterCalibration = true;
      monitor.stop(run ? 'calibrating' : 'paused');
      return;
    }
    if (!run) {
      monitor.stop('paused');
      return;
    }
    // The page saves its baseline before it hands the camera back.
    if (afterCalibration) {
      afterCalibration = false;
      reloadPlaces();
    }
    void monitor.start();
    monitor.setMode(mode);
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
    reloadPlaces();
  });
}
