import { render } from 'preact';
import { useState } from 'preact/hooks';
import { defaultSettings } from '../../shared/core/settings/schema';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../pose/model-files';
import type { Baseline } from '../../shared/posture/baseline';
import { liveCameraProps } from './live-camera-props';
import { Onboarding } from './Onboarding';
import type { OnboardingChoices } from './types';
import { useOnboardingCamera } from './use-onboarding-camera';

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
  const [cameraId, setCameraId] = useState(defaults.monitoring.cameraId);
  const [cameraAllowed, setCameraAllowed] = useState(false);
  const [finished, setFinished] = useState(false);
  const live = useOnboardingCamera({
    cameraId: cameraAllowed ? cameraId : null,
    allowWebgl: false,
    modelBaseUrl: MODEL_BASE_URL,
    wasmBaseUrl: WASM_BASE_URL,
    onSample: () => (lab.samples += 1),
  });
  lab.baseline = live.baseline;

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
        onCameraConsent={setCameraAllowed}
        {...liveCameraProps(live, cameraId, setCameraId)}
        initialSchedule={defaults.breaks}
        initialLaunchAtLogin={defaults.launchAtLogin}
        onFinish={(choices) => {
          lab.finished = choices;
          live.release();
          setFinished(true);
        }}
      />
    </main>
  );
}

export function mountOnboardingLab(root: HTMLElement): void {
  render(<OnboardingLab />, root);
}
