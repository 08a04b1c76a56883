import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
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

const STEPS = [
  { id: 'welcome', title: 'Welcome to Poise', camera: false },
  { id: 'camera', title: 'Choose your camera', camera: true },
  { id: 'placement', title: 'Place the camera', camera: true },
  { id: 'calibration', title: 'Calibrate your upright posture', camera: true },
  { id: 'schedule', title: 'Breaks', camera: false },
  { id: 'login', title: 'Start with your computer', camera: false },
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
  const steps = withCamera ? STEPS : BREAKS_ONLY_STEPS;
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
  const scheduleValid = Object.keys(scheduleErrors(schedule)).length === 0;

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
      <p class="ob-kicker">{props.rerun ? 'Set up Poise again' : 'Setting up Poise'}</p>
      <ol class="ob-steps" aria-label="Steps">
        {steps.map((s, i) => (
          <li
            key={s.id}
            class={i === index ? 'ob-steps__current' : i < index ? 'ob-steps__done' : ''}
            aria-current={i === index ? 'step' : undefined}
          >
            {s.title}
          </li>
        ))}
      </ol>

      <section class="ob-card" data-step={step.id}>
        <h2 id="ob-title" ref={heading} tabIndex={-1}>
          {step.title}
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
              <p>
                Sit as you normally work. Poise needs your face and both shoulders in the picture,
                in good light.
              </p>
              <PlacementChecklist checks={placement.checks} />
              <p role="status" class={placement.ready ? 'ob-ok' : 'ob-muted'}>
                {placement.ready
                  ? 'All set: the camera is well placed.'
                  : 'Adjust until every check is OK, or continue anyway.'}
              </p>
            </div>
          </div>
        )}

        {step.id === 'calibration' && (
          <div class="ob-split">
            {preview}
            <div>
              <p>
                Sit comfortably upright, shoulders relaxed, and look at the screen for a few
                seconds. Poise measures your own upright posture and later compares against it, so
                it works for your body and your desk.
              </p>
              <CalibrationSteps
                upright={props.calibration}
                slump={props.slumpCalibration}
                onStartUpright={props.onStartCalibration}
                onStartSlump={props.onStartSlumpCalibration}
                skipWith="Next"
              />
            </div>
          </div>
        )}

        {step.id === 'schedule' && (
          <>
            <ScheduleStep schedule={schedule} onChange={setSchedule} />
            {props.notifications && <NotificationPermission port={props.notifications} />}
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
              Start Poise when I log in
            </label>
            <p class="ob-muted">
              Poise then sits quietly in the tray. You can run this setup again from Settings
              {withCamera ? '.' : ', to let Poise watch your posture after all.'}
            </p>
          </div>
        )}

        <div class="ob-nav">
          {index > 0 && (
            <button type="button" onClick={() => setStepId(steps[index - 1]!.id)}>
              Back
            </button>
          )}
          {props.onCancel && step.id === 'welcome' && (
            <button type="button" onClick={props.onCancel}>
              Not now
            </button>
          )}
          {step.id === 'welcome' && (
            <button type="button" onClick={withoutCamera}>
              Continue without a camera (breaks only)
            </button>
          )}
          {step.id === 'placement' && !placement.ready && (
            <button type="button" onClick={next}>
              Continue anyway
            </button>
          )}
          <button type="button" class="ob-primary" onClick={next} disabled={!canContinue[step.id]}>
            {index === steps.length - 1
              ? 'Finish'
              : step.id === 'welcome'
                ? 'Allow camera'
                : 'Next'}
          </button>
        </div>
      </section>
    </section>
  );
}
