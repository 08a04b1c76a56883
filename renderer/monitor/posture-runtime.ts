import { lightSaverPeriodMs } from '../../shared/core/camera-light-saver';
import type { Settings } from '../../shared/core/settings/schema';
import type { PoiseApi } from '../../shared/ipc/contract';
import { bridgeForBursts, burstConfig } from '../pose/burst-schedule';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../pose/model-files';
import { createMonitor, type MonitorSettings } from '../pose/monitor';
import type { PostureSample } from '../pose/posture-sample';
import type { Baseline } from '../../shared/posture/baseline';
import {
  initialClassifierState,
  stepClassifier,
  type ClassifierOptions,
  type ClassifierState,
} from '../../shared/posture/classifier';
import { baselineKey } from './baseline-key';

/** What the monitor needs from the settings; the camera-light saver's bursts included. */
function monitorSettings(settings: Settings): MonitorSettings {
  return {
    cameraId: settings.monitoring.cameraId,
    allowWebgl: settings.monitoring.allowWebgl,
    burstPeriodMs: lightSaverPeriodMs(settings.monitoring.cameraLightSaver),
  };
}

/** With the camera-light saver, the classifier carries its verdict across the planned gaps. */
function classifierOptions(settings: Settings): ClassifierOptions {
  const periodMs = lightSaverPeriodMs(settings.monitoring.cameraLightSaver);
  return periodMs === null ? {} : { gapBridge: bridgeForBursts(burstConfig(periodMs)) };
}

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
    const out = stepClassifier(
      classifier,
      frame,
      places,
      settings.monitoring.sensitivity,
      timeMs,
      classifierOptions(settings),
    );
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
    settings: monitorSettings(settings),
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
    const monitorChanged =
      next.monitoring.cameraId !== settings.monitoring.cameraId ||
      next.monitoring.cameraLightSaver !== settings.monitoring.cameraLightSaver;
    settings = next;
    if (monitorChanged) monitor.updateSettings(monitorSettings(next));
    // Onboarding may have saved a new baseline with its settings: always read it again.
    cameraKey = baselineKey(next.monitoring.cameraId);
    reloadPlaces();
  });
}
