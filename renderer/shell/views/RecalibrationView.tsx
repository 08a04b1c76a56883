import { useEffect, useRef } from 'preact/hooks';
import type { PoiseApi } from '../../../main/ipc/contract';
import { baselineKey } from '../../monitor/baseline-key';
import { CalibrationSteps, type RecordingWords } from '../../onboarding/CalibrationSteps';
import { CameraPreview } from '../../onboarding/CameraPreview';
import { useOnboardingCamera } from '../../onboarding/use-onboarding-camera';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../../pose/model-files';
import { useCalibrationHold } from './use-calibration-hold';
import { useSettings } from './use-settings';
import '../../onboarding/onboarding.css';

const RECALIBRATION_WORDS: RecordingWords = {
  start: 'Start now',
  again: 'Recalibrate again',
  getReady: 'Sit upright and hold still.',
  holdStill: 'Hold still…',
  done: 'Recalibrated. Poise now knows your upright posture.',
};

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
      ? 'Poise has turned the camera off for now (paused, on a break, or outside your working hours), so it cannot recalibrate. Try again when Poise is watching.'
      : live.cameraFailure
        ? null
        : !live.camera
          ? 'Opening the camera…'
          : !seen && idle
            ? 'Looking for you: sit facing the camera with your face and shoulders in view.'
            : null;

  return (
    <section class="onboarding" aria-labelledby="recalibrate-title">
      <section class="ob-card" data-view="recalibrate">
        <h2 id="recalibrate-title" ref={heading} tabIndex={-1}>
          Recalibrate your posture
        </h2>
        <div class="ob-split">
          <CameraPreview stream={live.camera?.stream ?? null} keypoints={live.keypoints} />
          <div>
            <p>
              Sit upright and hold still for a few seconds, the way you want to sit while you work.
              Poise measures your upright posture again, so it judges you fairly from now on.
            </p>
            {live.cameraFailure && hold === 'granted' && (
              <p class="ob-error" role="alert">
                {live.cameraFailure.message}
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
                uprightWords={RECALIBRATION_WORDS}
                skipWith="Done"
              />
            )}
          </div>
        </div>
        <div class="ob-nav">
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          <button
            type="button"
            class="ob-primary"
            onClick={() => void finish()}
            disabled={!live.baseline}
          >
            Done
          </button>
        </div>
      </section>
    </section>
  );
}
