import { useEffect, useState } from 'preact/hooks';
import type { PoiseApi } from '../../../shared/ipc/contract';
import { isDesktopHost } from '../../host/poise-api';
import { useT } from '../../i18n/use-wording';
import { liveCameraProps } from '../../onboarding/live-camera-props';
import { Onboarding } from '../../onboarding/Onboarding';
import type { NotificationPermissionPort, OnboardingChoices } from '../../onboarding/types';
import { useOnboardingCamera } from '../../onboarding/use-onboarding-camera';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../../pose/model-files';
import { useSettings } from './use-settings';

/**
 * First run (and "set up again"): a live preview with the skeleton, placement checks and a real
 * calibration, all in this window. The camera and the pose model here are the onboarding's own:
 * they start only once the person chose "Allow camera", and are released when it closes; only the
 * chosen settings and the baseline are saved. Finishing is the consent the background monitor
 * waits for (shared/core/posture-watching.ts).
 */
export function OnboardingView(props: {
  api: PoiseApi;
  onDone: () => void;
  /** The browser host's notification permission; the desktop app needs none. */
  notifications?: NotificationPermissionPort;
}) {
  const { api } = props;
  const settings = useSettings(api);
  const t = useT();
  const [cameraId, setCameraId] = useState<string | null>(null);
  const [cameraAllowed, setCameraAllowed] = useState(false);
  useEffect(() => {
    if (settings && cameraId === null) setCameraId(settings.monitoring.cameraId);
  }, [settings, cameraId]);
  const live = useOnboardingCamera({
    cameraId: cameraAllowed ? cameraId : null,
    allowWebgl: settings?.monitoring.allowWebgl ?? false,
    modelBaseUrl: MODEL_BASE_URL,
    wasmBaseUrl: WASM_BASE_URL,
  });

  if (!settings || cameraId === null) return <p>{t('shell:loading')}</p>;

  const finish = async (choices: OnboardingChoices): Promise<void> => {
    live.release();
    if (choices.watchPosture && live.baseline) {
      await api.invoke('calibration:save', { ...live.baseline, cameraId: choices.cameraId });
    }
    await api.invoke('settings:update', {
      firstRunComplete: true,
      launchAtLogin: choices.launchAtLogin,
      monitoring: { enabled: choices.watchPosture, cameraId: choices.cameraId },
      breaks: choices.breaks,
    });
    props.onDone();
  };

  return (
    <Onboarding
      onCameraConsent={setCameraAllowed}
      {...liveCameraProps(live, cameraId, setCameraId)}
      initialSchedule={settings.breaks}
      initialLaunchAtLogin={settings.launchAtLogin}
      offerLaunchAtLogin={isDesktopHost()}
      onFinish={(choices) => void finish(choices)}
      onCancel={props.onDone}
      rerun={settings.firstRunComplete}
      notifications={props.notifications}
    />
  );
}
