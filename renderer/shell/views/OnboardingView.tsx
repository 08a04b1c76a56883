import { useEffect, useState } from 'preact/hooks';
import type { PoiseApi } from '../../../main/ipc/contract';
import { Onboarding } from '../../onboarding/Onboarding';
import type { OnboardingChoices } from '../../onboarding/types';
import { useOnboardingCamera } from '../../onboarding/use-onboarding-camera';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../../pose/model-files';
import { useSettings } from './use-settings';

/**
 * First run (and "set up again"): a live preview with the skeleton, placement checks and a real
 * calibration, all in this window. The camera and the pose model here are the onboarding's own
 * and are released when it closes; only the chosen settings and the baseline are saved.
 */
export function OnboardingView(props: { api: PoiseApi; onDone: () => void }) {
  const { api } = props;
  const settings = useSettings(api);
  const [cameraId, setCameraId] = useState<string | null>(null);
  useEffect(() => {
    if (settings && cameraId === null) setCameraId(settings.monitoring.cameraId);
  }, [settings, cameraId]);
  const live = useOnboardingCamera({
    cameraId,
    allowWebgl: settings?.monitoring.allowWebgl ?? false,
    modelBaseUrl: MODEL_BASE_URL,
    wasmBaseUrl: WASM_BASE_URL,
  });

  if (!settings || cameraId === null) return <p>Loading…</p>;

  const finish = async (choices: OnboardingChoices): Promise<void> => {
    live.release();
    if (live.baseline) {
      await api.invoke('calibration:save', { ...live.baseline, cameraId: choices.cameraId });
    }
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
      cameras={live.cameras}
      selectedCameraId={live.camera?.deviceId ?? cameraId}
      onSelectCamera={setCameraId}
      stream={live.camera?.stream ?? null}
      cameraError={live.cameraError}
      keypoints={live.keypoints}
      calibration={live.calibration}
      onStartCalibration={live.startCalibration}
      slumpCalibration={live.slumpCalibration}
      onStartSlumpCalibration={live.startSlumpCalibration}
      initialSchedule={settings.breaks}
      initialLaunchAtLogin={settings.launchAtLogin}
      onFinish={(choices) => void finish(choices)}
      onCancel={props.onDone}
      rerun={settings.firstRunComplete}
    />
  );
}
