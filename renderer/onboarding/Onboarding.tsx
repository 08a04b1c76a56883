import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useWording } from '../i18n/use-wording';
import { CalibrationSteps } from './CalibrationSteps';
import { CameraPreview } from './CameraPreview';
import { CameraStep } from './CameraStep';
import { NotificationPermission } from './NotificationPermission';
import { PlacementChecklist } from './PlacementChecklist';
import { checkPlacement } from './placement-checks';
import { scheduleErrors, ScheduleStep } from './ScheduleStep';
import type { OnboardingProps, OnboardingSchedule } from './types';
import { WelcomeStep } from './WelcomeStep';
import './onboarding.css';

export type { OnboardingProps } from './types';

/** Each step's title is onboarding:steps.<id>. */
const STEPS = [
  { id: 'welcome', camera: false },
  { id: 'camera', camera: true },
  { id: 'placement', camera: true },
  { id: 'calibration', camera: true },
  { id: 'schedule', camera: false },
  { id: 'login', camera: false },
] as const;
/** "Continue without a camera (breaks only)": the camera's steps are not part of the way. */
const BREAKS_ONLY_STEPS = STEPS.filter((s) => !s.camera);

type StepId = (typeof STEPS)[number]['id'];

/**
 * First run (and "set up again" from settings): what Poise does and the privacy promise, then the
 * person's answer about the camera. "Allow camera" leads to camera choice with a live preview and
 * skeleton, placement checks and calibration (upright, then optionally how the person slumps);
 * "Continue without a camera" skips those. Both end with the break schedule and launch at login.
 * Props only: the host opens the camera once told it may (onCameraConsent), provides the pose and
 * calibration, and saves the result.
 */
export function Onboarding(props: OnboardingProps) {
  const [stepId, setStepId] = useState<StepId>('welcome');
  const [withCamera, setWithCamera] = useState(true);
  const [brightness, setBrightness] = useState<number | null>(null);
  const [schedule, setSchedule] = useState<OnboardingSchedule>(props.initialSchedule);
  const [launchAtLogin, setLaunchAtLogin] = useState(props.initialLaunchAtLogin);
  const heading = useRef<HTMLHeadingElement>(null);
  const wording = useWording();
  const { t } = wording;
  const offerLogin = props.offerLaunchAtLogin ?? true;
  const steps = (withCamera ? STEPS : BREAKS_ONLY_STEPS).filter(
    (s) => s.id !== 'login' || offerLogin,
  );
  const index = steps.findIndex((s) => s.id === stepId);
  const step = steps[index]!;

  // Move focus to the new step's heading so screen readers announce where the person is.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [stepId]);

  const placement = useMemo(
    () => checkPlacement({ keypoints: props.keypoints, brightness }),
    [props.keypoints, brightness],
  );
  const scheduleValid = Object.keys(scheduleErrors(schedule, wording)).length === 0;

  const canContinue: Record<StepId, boolean> = {
    welcome: true,
    camera: props.stream !== null,
    // Not ready: 'Continue anyway' still moves on.
    placement: placement.ready,
    // The slump recording is optional: Next skips it.
    calibration: props.calibration.state === 'done',
    schedule: scheduleValid,
    login: true,
  };

  const answerCamera = (allowed: boolean): void => {
    setWithCamera(allowed);
    props.onCameraConsent(allowed);
    setStepId(allowed ? 'camera' : 'schedule');
  };
  const withoutCamera = (): void => answerCamera(false);

  const next = (): void => {
    if (step.id === 'welcome') answerCamera(true);
    else if (index < steps.length - 1) setStepId(steps[index + 1]!.id);
    else
      props.onFinish({
        watchPosture: withCamera,
        cameraId: props.selectedCameraId,
        breaks: schedule,
        launchAtLogin,
      });
  };

  const preview = (
    <CameraPreview stream={props.stream} keypoints={props.keypoints} onBrightness={setBrightness} />
  );

  return (
    <section class="onboarding" aria-labelledby="ob-title">
      <p class="ob-kicker">
        {props.rerun ? t('onboarding:kicker.rerun') : t('onboarding:kicker.first')}
      </p>
      <ol class="ob-steps" aria-label={t('onboarding:stepsLabel')}>
        {steps.map((s, i) => (
          <li
            key={s.id}
            class={i === index ? 'ob-steps__current' : i < index ? 'ob-steps__done' : ''}
            aria-current={i === index ? 'step' : undefined}
          >
            {t(`onboarding:steps.${s.id}`)}
          </li>
        ))}
      </ol>

      <section class="ob-card" data-step={step.id}>
        <h2 id="ob-title" ref={heading} tabIndex={-1}>
          {t(`onboarding:steps.${step.id}`)}
        </h2>

        {step.id === 'welcome' && <WelcomeStep />}

        {step.id === 'camera' && (
          <CameraStep
            preview={preview}
            cameras={props.cameras}
            selectedCameraId={props.selectedCameraId}
            onSelectCamera={props.onSelectCamera}
            stream={props.stream}
            keypoints={props.keypoints}
            cameraProblem={props.cameraProblem ?? null}
            onRetry={props.onRetryCamera}
            onWithoutCamera={withoutCamera}
          />
        )}

        {step.id === 'placement' && (
          <div class="ob-split">
            {preview}
            <div>
              <p>{t('onboarding:placement.intro')}</p>
              <PlacementChecklist checks={placement.checks} />
              <p role="status" class={placement.ready ? 'ob-ok' : 'ob-muted'}>
                {placement.ready
                  ? t('onboarding:placement.ready')
                  : t('onboarding:placement.notReady')}
              </p>
            </div>
          </div>
        )}

        {step.id === 'calibration' && (
          <div class="ob-split">
            {preview}
            <div>
              <p>{t('onboarding:calibration.intro')}</p>
              <CalibrationSteps
                upright={props.calibration}
                slump={props.slumpCalibration}
                onStartUpright={props.onStartCalibration}
                onStartSlump={props.onStartSlumpCalibration}
                skipWith={t('onboarding:nav.next')}
              />
            </div>
          </div>
        )}

        {step.id === 'schedule' && (
          <>
            <ScheduleStep schedule={schedule} onChange={setSchedule} />
            {props.notifications && <NotificationPermission port={props.notifications} />}
            {!offerLogin && (
              <p class="ob-muted">
                {withCamera
                  ? t('onboarding:schedule.setupAgain')
                  : t('onboarding:schedule.setupAgainWithoutCamera')}
              </p>
            )}
          </>
        )}

        {step.id === 'login' && (
          <div>
            <label class="ob-toggle">
              <input
                type="checkbox"
                checked={launchAtLogin}
                onChange={(e) => setLaunchAtLogin(e.currentTarget.checked)}
              />
              {t('onboarding:login.toggle')}
            </label>
            <p class="ob-muted">
              {withCamera ? t('onboarding:login.note') : t('onboarding:login.noteWithoutCamera')}
            </p>
          </div>
        )}

        <div class="ob-nav">
          {index > 0 && (
            <button type="button" onClick={() => setStepId(steps[index - 1]!.id)}>
              {t('onboarding:nav.back')}
            </button>
          )}
          {props.onCancel && step.id === 'welcome' && (
            <button type="button" onClick={props.onCancel}>
              {t('onboarding:nav.notNow')}
            </button>
          )}
          {step.id === 'welcome' && (
            <button type="button" onClick={withoutCamera}>
              {t('onboarding:nav.withoutCamera')}
            </button>
          )}
          {step.id === 'placement' && !placement.ready && (
            <button type="button" onClick={next}>
              {t('onboarding:nav.continueAnyway')}
            </button>
          )}
          <button type="button" class="ob-primary" onClick={next} disabled={!canContinue[step.id]}>
            {index === steps.length - 1
              ? t('onboarding:nav.finish')
              : step.id === 'welcome'
                ? t('onboarding:nav.allowCamera')
                : t('onboarding:nav.next')}
          </button>
        </div>
      </section>
    </section>
  );
}
