import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../../shared/core/i18n/translator';
import type { PoiseApi } from '../../../shared/ipc/contract';
import { monitorProblemWords } from '../../../shared/core/posture-words';
import { useWording } from '../../i18n/use-wording';
import { baselineKey } from '../../monitor/baseline-key';
import { CalibrationSteps, type RecordingWords } from '../../onboarding/CalibrationSteps';
import { CameraPreview } from '../../onboarding/CameraPreview';
import { useOnboardingCamera } from '../../onboarding/use-onboarding-camera';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../../pose/model-files';
import { useCalibrationHold } from './use-calibration-hold';
import { useSettings } from './use-settings';
import '../../onboarding/onboarding.css';

const recalibrationWords = (t: Translate): RecordingWords => ({
  start: t('shell:recalibrate.recording.start'),
  again: t('shell:recalibrate.recording.again'),
  getReady: t('shell:recalibrate.recording.getReady'),
  holdStill: t('shell:recalibrate.recording.holdStill'),
  done: t('shell:recalibrate.recording.done'),
});

/**
 * Guided recalibration ("Recalibrate posture" in the tray): what to do, a short countdown, the
 * upright recording with its progress, "Recalibrated" or the problem with "Try again", then the
 * same optional slump step as onboarding, then Done.
 *
 * Why a view with its own camera, rather than the monitor calibrating itself: the person has to
 * see what to do and when, and Electron's monitor window is hidden. Running onboarding's own
 * pieces (camera hook, calibration flow, controls) here needs no new channel for progress and no
 * second copy of the UI, in Electron's app window and the browser host alike. The background
 * monitor releases the camera while this view is shown (useCalibrationHold), so the camera is
 * open once; frames stay in this page and only the baseline is saved. Leaving the view in any way
 * (Done, Cancel, another view, closing the window) releases the camera and hands it back to the
 * monitor, which then reads the new baseline.
 */
export function RecalibrationView(props: { api: PoiseApi; onDone: () => void }) {
  const { api } = props;
  const settings = useSettings(api);
  const hold = useCalibrationHold(api);
  const wording = useWording();
  const { t } = wording;
  const live = useOnboardingCamera({
    cameraId: settings && hold === 'granted' ? settings.monitoring.cameraId : null,
    allowWebgl: settings?.monitoring.allowWebgl ?? false,
    modelBaseUrl: MODEL_BASE_URL,
    wasmBaseUrl: WASM_BASE_URL,
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  // The person asked to recalibrate: once Poise can see them, the countdown starts by itself.
  const seen = live.keypoints !== null;
  const idle = live.calibration.state === 'idle';
  useEffect(() => {
    if (seen && idle) live.startCalibration();
  }, [seen, idle]);

  const finish = async (): Promise<void> => {
    const baseline = live.baseline;
    live.release();
    // Saved under the camera the monitor reads, before the camera goes back to it.
    if (baseline && settings) {
      await api.invoke('calibration:save', {
        ...baseline,
        cameraId: baselineKey(settings.monitoring.cameraId),
      });
    }
    props.onDone();
  };
  const cancel = (): void => {
    live.release();
    props.onDone();
  };

  const note =
    hold === 'off'
      ? t('shell:recalibrate.cameraOff')
      : live.problem
        ? null
        : !live.camera
          ? t('shell:recalibrate.opening')
          : !seen && idle
            ? t('shell:recalibrate.looking')
            : null;

  return (
    <section class="onboarding" aria-labelledby="recalibrate-title">
      <section class="ob-card" data-view="recalibrate">
        <h2 id="recalibrate-title" ref={heading} tabIndex={-1}>
          {t('shell:recalibrate.title')}
        </h2>
        <div class="ob-split">
          <CameraPreview stream={live.camera?.stream ?? null} keypoints={live.keypoints} />
          <div>
            <p>{t('shell:recalibrate.intro')}</p>
            {live.problem && hold === 'granted' && (
              <p class="ob-error" role="alert">
                {monitorProblemWords(live.problem, wording)}
              </p>
            )}
            <p class="ob-muted" role="status">
              {note}
            </p>
            {hold === 'granted' && (
              <CalibrationSteps
                upright={live.calibration}
                slump={live.slumpCalibration}
                onStartUpright={live.startCalibration}
                onStartSlump={live.startSlumpCalibration}
                uprightWords={recalibrationWords}
                skipWith={t('shell:recalibrate.done')}
              />
            )}
          </div>
        </div>
        <div class="ob-nav">
          <button type="button" onClick={cancel}>
            {t('shell:recalibrate.cancel')}
          </button>
          <button
            type="button"
            class="ob-primary"
            onClick={() => void finish()}
            disabled={!live.baseline}
          >
            {t('shell:recalibrate.done')}
          </button>
        </div>
      </section>
    </section>
  );
}
