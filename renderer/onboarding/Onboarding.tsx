import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CalibrationSteps } from './CalibrationSteps';
import { CameraPreview } from './CameraPreview';
import { PlacementChecklist } from './PlacementChecklist';
import { checkPlacement } from './placement-checks';
import { scheduleErrors, ScheduleStep } from './ScheduleStep';
import type { OnboardingProps, OnboardingSchedule } from './types';
import './onboarding.css';

export type { OnboardingProps } from './types';

const STEPS = [
  { id: 'welcome', title: 'Welcome to Poise' },
  { id: 'camera', title: 'Choose your camera' },
  { id: 'placement', title: 'Place the camera' },
  { id: 'calibration', title: 'Calibrate your upright posture' },
  { id: 'schedule', title: 'Breaks' },
  { id: 'login', title: 'Start with your computer' },
] as const;

type StepId = (typeof STEPS)[number]['id'];

/**
 * First run (and "set up again" from settings): what Poise does and the privacy promise, camera
 * choice with a live preview and skeleton, placement checks, calibration (upright, then optionally
 * how the person slumps), break schedule, launch at login. Props only: the host provides the
 * camera, the pose and calibration, and saves the result.
 */
export function Onboarding(props: OnboardingProps) {
  const [index, setIndex] = useState(0);
  const [brightness, setBrightness] = useState<number | null>(null);
  const [schedule, setSchedule] = useState<OnboardingSchedule>(props.initialSchedule);
  const [launchAtLogin, setLaunchAtLogin] = useState(props.initialLaunchAtLogin);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = STEPS[index]!;

  // Move focus to the new step's heading so screen readers announce where the person is.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

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

  const next = (): void => {
    if (index < STEPS.length - 1) setIndex(index + 1);
    else props.onFinish({ cameraId: props.selectedCameraId, breaks: schedule, launchAtLogin });
  };

  const preview = (
    <CameraPreview stream={props.stream} keypoints={props.keypoints} onBrightness={setBrightness} />
  );

  return (
    <section class="onboarding" aria-labelledby="ob-title">
      <p class="ob-kicker">{props.rerun ? 'Set up Poise again' : 'Setting up Poise'}</p>
      <ol class="ob-steps" aria-label="Steps">
        {STEPS.map((s, i) => (
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

        {step.id === 'welcome' && (
          <div>
            <p>
              Poise watches your posture through your webcam while you work. When you slouch for a
              while it gives you a gentle nudge, and it leads short guided breaks so you move
              regularly.
            </p>
            <h3>Your privacy</h3>
            <ul>
              <li>
                The camera picture is analysed on this computer and never leaves it. No image is
                ever saved.
              </li>
              <li>Poise never connects to the internet: no accounts, no uploads, no tracking.</li>
              <li>
                Only numbers are kept, such as minutes upright per day, and you can export or delete
                them at any time.
              </li>
              <li>
                Pause Poise from the tray whenever you like; the camera turns off while paused.
              </li>
            </ul>
          </div>
        )}

        {step.id === 'camera' && (
          <div class="ob-split">
            {preview}
            <div>
              <label for="ob-camera">Camera</label>
              <select
                id="ob-camera"
                value={props.selectedCameraId}
                onChange={(e) => props.onSelectCamera(e.currentTarget.value)}
                disabled={props.cameras.length === 0}
              >
                {props.cameras.length === 0 && <option value="">No camera found</option>}
                {props.cameras.map((c, i) => (
                  <option key={c.deviceId} value={c.deviceId}>
                    {c.label || `Camera ${i + 1}`}
                  </option>
                ))}
              </select>
              <p class="ob-muted">
                Use the camera that faces you, usually the one at the top of your screen.
              </p>
              {props.cameraError ? (
                <p class="ob-error" role="alert">
                  {props.cameraError}
                </p>
              ) : (
                <p class="ob-muted" role="status">
                  {props.keypoints
                    ? 'Poise can see you: the dots follow your face and shoulders.'
                    : props.stream
                      ? 'Looking for you…'
                      : 'Opening the camera…'}
                </p>
              )}
            </div>
          </div>
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

        {step.id === 'schedule' && <ScheduleStep schedule={schedule} onChange={setSchedule} />}

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
              Poise then sits quietly in the tray. You can run this setup again from Settings.
            </p>
          </div>
        )}

        <div class="ob-nav">
          {index > 0 && (
            <button type="button" onClick={() => setIndex(index - 1)}>
              Back
            </button>
          )}
          {props.onCancel && index === 0 && (
            <button type="button" onClick={props.onCancel}>
              Not now
            </button>
          )}
          {step.id === 'placement' && !placement.ready && (
            <button type="button" onClick={next}>
              Continue anyway
            </button>
          )}
          <button type="button" class="ob-primary" onClick={next} disabled={!canContinue[step.id]}>
            {index === STEPS.length - 1 ? 'Finish' : index === 0 ? 'Get started' : 'Next'}
          </button>
        </div>
      </section>
    </section>
  );
}
