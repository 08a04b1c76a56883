import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../../../shared/core/describe-status';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { consentedCameraId, postureWatching } from '../../../../shared/core/posture-watching';
import { defaultSettings, type Settings } from '../../../../shared/core/settings/schema';
import { MINUTE, SECOND, Sim, settingsWith } from './app-sim';

const en = wordingFor('en-GB', 'en', 'UTC');

/** The camera is the one thing Poise asks consent for: finishing setup gives it. */
const firstRun = (): Settings => defaultSettings();
const breaksOnly = (): Settings =>
  settingsWith({ monitoring: { enabled: false }, breaks: { microEveryMinutes: 5 } });

describe('postureWatching', () => {
  it.each([
    [false, true, 'needs-setup'],
    [false, false, 'needs-setup'],
    [true, false, 'off'],
    [true, true, 'on'],
  ] as const)('firstRunComplete %s, monitoring.enabled %s -> %s', (done, enabled, expected) => {
    const settings = defaultSettings();
    expect(
      postureWatching({
        ...settings,
        firstRunComplete: done,
        monitoring: { ...settings.monitoring, enabled },
      }),
    ).toBe(expected);
  });
});

describe('consentedCameraId', () => {
  it('names the camera only once the person agreed to it', () => {
    expect(consentedCameraId(firstRun())).toBeNull();
    expect(consentedCameraId(breaksOnly())).toBeNull();
    expect(consentedCameraId(settingsWith({ monitoring: { cameraId: 'cam-2' } }))).toBe('cam-2');
    // '' is the system's default camera, not "no camera".
    expect(consentedCameraId(settingsWith({}))).toBe('');
  });
});

describe('app core: the camera waits for consent', () => {
  it('never turns the camera on before setup is finished, and ignores stray verdicts', () => {
    const sim = new Sim(firstRun());
    sim.run(10 * MINUTE, 'upright');
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([false]);
    expect(sim.effects('record').filter((e) => e.effect.fact.kind === 'posture')).toEqual([]);
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'paused',
      statusLine: 'Finish setting up Poise to start posture watching',
      watching: 'needs-setup',
      posture: null,
    });
  });

  it('turns the camera on when setup finishes with the camera', () => {
    const sim = new Sim(firstRun());
    sim.run(5 * SECOND);
    sim.send({ type: 'settings', settings: { ...firstRun(), firstRunComplete: true } });
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([false, true]);
    expect(describeStatus(sim.state, sim.now, en).watching).toBe('on');
  });

  it('breaks only: the camera stays off, breaks still come, and the status says how to change it', () => {
    const sim = new Sim(breaksOnly());
    sim.run(5 * MINUTE);
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([false]);
    expect(sim.effects('break:start').map((e) => e.effect.kind)).toEqual(['micro']);
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'break',
      onBreak: true,
    });
    sim.send({ type: 'break:finished' });
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'paused',
      statusLine: 'Posture watching is off: run setup again to turn it on',
      watching: 'off',
    });
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([false]);
  });

  it('breaks only: a heads-up is still announced', () => {
    const sim = new Sim(breaksOnly());
    sim.run(5 * MINUTE - 20 * SECOND);
    expect(describeStatus(sim.state, sim.now, en).statusLine).toBe('A micro break starts in 20 s');
  });

  it('turning watching off releases a running camera', () => {
    const sim = new Sim(settingsWith({}));
    sim.run(MINUTE, 'upright');
    sim.send({ type: 'settings', settings: breaksOnly() });
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([true, false]);
    expect(describeStatus(sim.state, sim.now, en).posture).toBeNull();
  });
});
