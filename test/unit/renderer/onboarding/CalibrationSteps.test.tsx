// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguageSetting } from '../../../../renderer/i18n/language-store';
import { CalibrationSteps } from '../../../../renderer/onboarding/CalibrationSteps';
import type { CalibrationView } from '../../../../renderer/onboarding/types';

afterEach(() => {
  document.body.innerHTML = '';
});

function show(upright: CalibrationView, slump: CalibrationView = { state: 'idle' }) {
  const root = document.createElement('div');
  document.body.append(root);
  const onStartUpright = vi.fn();
  const onStartSlump = vi.fn();
  render(
    <CalibrationSteps
      upright={upright}
      slump={slump}
      onStartUpright={onStartUpright}
      onStartSlump={onStartSlump}
      skipWith="Next"
    />,
    root,
  );
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  const statuses = () => [...root.querySelectorAll('[role="status"]')].map((p) => p.textContent);
  return { root, button, statuses, onStartUpright, onStartSlump };
}

describe('CalibrationSteps', () => {
  it('starts upright, and keeps focus in the recording when its button goes away', () => {
    const { root, button, onStartUpright } = show({ state: 'idle' });
    expect(root.querySelector('#ob-slump-title')).toBeNull();
    button('Start calibration')!.click();
    expect(onStartUpright).toHaveBeenCalledTimes(1);
    expect(document.activeElement?.getAttribute('data-recording')).toBe('ob-upright');
  });

  it('says what to do during the countdown, and labels the progress while recording', () => {
    expect(show({ state: 'countdown', secondsLeft: 2 }).statuses()).toEqual([
      'Sit comfortably upright and look at the screen. Starting in 2…',
    ]);
    document.body.innerHTML = '';
    const { root } = show({ state: 'running', progress: 0.4 });
    const progress = root.querySelector('progress')!;
    expect(progress.value).toBeCloseTo(0.4);
    expect(root.querySelector(`label[for="${progress.id}"]`)?.textContent).toBe('Hold still…');
    expect(root.querySelector('button')).toBeNull();
  });

  it('shows the problem in plain words with "Try again", and no slump step', () => {
    const { button, statuses, root } = show({ state: 'failed', problem: 'too-few-frames' });
    expect(statuses()).toEqual([
      'Poise saw you only briefly. Sit still and upright for a few seconds, then try again.',
    ]);
    expect(button('Try again')).toBeDefined();
    expect(root.querySelector('#ob-slump-title')).toBeNull();
  });

  it('offers the optional slump once upright is done, and says how to skip it', () => {
    const { button, root, onStartSlump, statuses } = show({ state: 'done' });
    expect(statuses()[0]).toBe('Calibrated. Poise now knows your upright posture.');
    expect(root.querySelector('#ob-slump-title')?.textContent).toMatch(/Optional/);
    expect(root.querySelector('.ob-slump')?.textContent).toContain(
      'Now sit the way you slump when you are tired',
    );
    expect(root.querySelector('.ob-slump')?.textContent).toContain('choose Next to skip it');
    button('Record my slump')!.click();
    expect(onStartSlump).toHaveBeenCalledTimes(1);
    expect(button('Calibrate again')).toBeDefined();
  });

  it('confirms a recorded slump, or keeps the reason it was not taken', () => {
    expect(show({ state: 'done' }, { state: 'done' }).statuses()[1]).toMatch(/how you slump/);
    document.body.innerHTML = '';
    const failed = show({ state: 'done' }, { state: 'failed', problem: 'no-slump-seen' });
    expect(failed.statuses()[1]).toMatch(/^That looked just like your upright posture/);
    expect(failed.button('Try again')).toBeDefined();
  });
});

describe('CalibrationSteps in German', () => {
  beforeEach(() => setLanguageSetting('de'));
  afterEach(() => setLanguageSetting('system'));

  it('speaks German: countdown, slump hint with the skip button, and the problem', () => {
    expect(show({ state: 'countdown', secondsLeft: 2 }).statuses()).toEqual([
      'Setzen Sie sich bequem aufrecht hin und schauen Sie auf den Bildschirm. Es geht los in 2 …',
    ]);
    document.body.innerHTML = '';
    const { root, button, statuses } = show(
      { state: 'done' },
      { state: 'failed', problem: 'no-upper-body' },
    );
    expect(root.querySelector('.ob-slump')?.textContent).toContain('Wählen Sie „Next“');
    expect(statuses()[1]).toMatch(/^Poise konnte Sie nicht deutlich sehen/);
    expect(button('Erneut versuchen')).toBeDefined();
    expect(button('Erneut kalibrieren')).toBeDefined();
  });
});
