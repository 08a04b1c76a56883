// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { defaultSettings } from '../../../../shared/core/settings/schema';
import { setLanguageSetting } from '../../../../renderer/i18n/language-store';
import { Onboarding } from '../../../../renderer/onboarding/Onboarding';
import { scheduleFieldError } from '../../../../renderer/onboarding/ScheduleStep';
import type {
  NotificationPermissionPort,
  OnboardingProps,
} from '../../../../renderer/onboarding/types';

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

function show(overrides: Partial<OnboardingProps> = {}) {
  const props: OnboardingProps = {
    onCameraConsent: vi.fn(),
    onRetryCamera: vi.fn(),
    cameras: [],
    selectedCameraId: '',
    onSelectCamera: vi.fn(),
    stream: null,
    keypoints: null,
    calibration: { state: 'idle' },
    onStartCalibration: vi.fn(),
    slumpCalibration: { state: 'idle' },
    onStartSlumpCalibration: vi.fn(),
    initialSchedule: defaultSettings().breaks,
    initialLaunchAtLogin: false,
    onFinish: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  act(() => render(<Onboarding {...props} />, document.body));
  const button = (name: string) =>
    [...document.querySelectorAll('button')].find((b) => b.textContent === name);
  const click = (name: string) => {
    const target = button(name);
    if (!target) throw new Error(`no button "${name}"`);
    act(() => target.click());
  };
  const heading = () => document.querySelector('#ob-title')?.textContent;
  const steps = () => [...document.querySelectorAll('.ob-steps li')].map((li) => li.textContent);
  return { props, button, click, heading, steps };
}

describe('Onboarding: the camera waits for an answer', () => {
  it('asks before anything: Allow camera, without a camera, or Not now', () => {
    const { props, button, click, heading } = show();
    expect(heading()).toBe('Welcome to Poise');
    expect(props.onCameraConsent).not.toHaveBeenCalled();
    expect(button('Not now')).toBeDefined();
    expect(button('Continue without a camera (breaks only)')).toBeDefined();
    click('Allow camera');
    expect(props.onCameraConsent).toHaveBeenCalledWith(true);
    expect(heading()).toBe('Choose your camera');
  });

  it('breaks only: skips the camera steps and finishes with posture watching off', () => {
    const { props, click, heading, steps } = show();
    click('Continue without a camera (breaks only)');
    expect(props.onCameraConsent).toHaveBeenCalledWith(false);
    expect(heading()).toBe('Breaks');
    expect(steps()).toEqual(['Welcome to Poise', 'Breaks', 'Start with your computer']);
    click('Next');
    click('Finish');
    expect(props.onFinish).toHaveBeenCalledWith(
      expect.objectContaining({ watchPosture: false, breaks: defaultSettings().breaks }),
    );
  });

  it('in a browser, which cannot start with the computer, setup ends with the breaks', () => {
    const { props, click, steps, button } = show({ offerLaunchAtLogin: false });
    click('Continue without a camera (breaks only)');
    expect(steps()).toEqual(['Welcome to Poise', 'Breaks']);
    expect(document.body.textContent).toContain('to let Poise watch your posture after all');
    expect(document.body.textContent).not.toContain('tray');
    expect(button('Next')).toBeUndefined();
    click('Finish');
    expect(props.onFinish).toHaveBeenCalledWith(expect.objectContaining({ watchPosture: false }));
  });

  it('Back to the welcome step and Allow camera brings the camera steps back', () => {
    const { props, click, steps } = show();
    click('Continue without a camera (breaks only)');
    click('Back');
    click('Allow camera');
    expect(props.onCameraConsent).toHaveBeenLastCalledWith(true);
    expect(steps()).toHaveLength(6);
  });
});

describe('Onboarding: a camera that cannot be opened', () => {
  it('a pose engine that failed to start is said plainly, with the way on without a camera', () => {
    const { click, button } = show({ cameraProblem: 'model-missing' });
    click('Allow camera');
    const alert = document.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('pose detection could not start');
    expect(button('Continue without a camera (breaks only)')).toBeDefined();
  });

  it.each([
    ['permission-denied', 'Poise is not allowed to use the camera.'],
    ['no-camera', 'No camera found.'],
    ['camera-busy', 'The camera is busy'],
  ] as const)(
    '%s: says so plainly, offers Try again and the way on without it',
    (problem, words) => {
      const { props, click, button } = show({ cameraProblem: problem });
      click('Allow camera');
      const alert = document.querySelector('[role="alert"]')?.textContent ?? '';
      expect(alert).toContain(words);
      if (problem !== 'no-camera') expect(alert).not.toContain('No camera found');
      // No camera list to choose from without the camera's permission.
      expect(document.querySelector('#ob-camera')).toBeNull();
      expect(button('Next')?.disabled).toBe(true);
      click('Try again');
      expect(props.onRetryCamera).toHaveBeenCalledTimes(1);
      click('Continue without a camera (breaks only)');
      expect(props.onCameraConsent).toHaveBeenLastCalledWith(false);
    },
  );
});

describe('Onboarding: notifications', () => {
  const port = (answer: 'granted' | 'denied'): NotificationPermissionPort => ({
    current: vi.fn(() => 'default' as const),
    request: vi.fn(async () => answer),
  });

  it.each([
    ['granted', 'Notifications are allowed'],
    ['denied', 'Notifications are blocked'],
  ] as const)('asks only on the click, then shows the answer (%s)', async (answer, words) => {
    const notifications = port(answer);
    const { click } = show({ notifications });
    click('Continue without a camera (breaks only)');
    expect(document.body.textContent).toContain('Let Poise tell you when a break is due');
    expect(notifications.request).not.toHaveBeenCalled();
    click('Allow notifications');
    await act(async () => undefined);
    expect(notifications.request).toHaveBeenCalledTimes(1);
    const status = [...document.querySelectorAll('.ob-notifications [role="status"]')];
    expect(status.map((p) => p.textContent).join(' ')).toContain(words);
  });

  it('is not offered where the host needs no permission (the desktop app)', () => {
    const { click } = show();
    click('Continue without a camera (breaks only)');
    expect(document.querySelector('.ob-notifications')).toBeNull();
  });
});

describe('Onboarding in German', () => {
  afterEach(() => setLanguageSetting('system'));

  it('asks about the camera and keeps the privacy promise, in German', () => {
    setLanguageSetting('de');
    const { heading, button, steps, click } = show();
    expect(heading()).toBe('Willkommen bei Poise');
    const text = document.body.textContent ?? '';
    expect(text).toContain('verlässt ihn nie. Es wird niemals ein Bild gespeichert.');
    expect(text).toContain('keine Konten, keine Uploads, kein Tracking');
    expect(text).toContain('Poise schaltet die Kamera nur ein, wenn Sie Kamera erlauben wählen.');
    expect(button('Jetzt nicht')).toBeDefined();
    click('Ohne Kamera fortfahren (nur Pausen)');
    expect(steps()).toEqual(['Willkommen bei Poise', 'Pausen', 'Mit dem Computer starten']);
    expect(document.querySelector('label[for="ob-microEveryMinutes"]')?.textContent).toBe(
      'Kurzpause alle (Minuten)',
    );
  });

  it('follows a language change while open', () => {
    const { heading } = show();
    expect(heading()).toBe('Welcome to Poise');
    act(() => setLanguageSetting('de'));
    expect(heading()).toBe('Willkommen bei Poise');
  });

  it('states the allowed range with numbers in the locale', () => {
    const de = wordingFor('de-DE', 'de', 'UTC');
    expect(scheduleFieldError('longEveryMinutes', 1000, de)).toBe(
      'Geben Sie eine ganze Zahl von 20 bis 240 ein.',
    );
    const en = wordingFor('en-GB', 'en', 'UTC');
    expect(scheduleFieldError('longEveryMinutes', 1.5, en)).toBe(
      'Use a whole number from 20 to 240.',
    );
    expect(scheduleFieldError('longEveryMinutes', 60, en)).toBeNull();
  });
});
