import { describe, expect, it } from 'vitest';
import {
  effectiveCoaching,
  lightSaverPeriodMs,
  verdictHoldMs,
} from '../../../../shared/core/camera-light-saver';
import { describeStatus } from '../../../../shared/core/describe-status';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import type { PostureState } from '../../../../shared/core/posture-status';
import { settingsWith, SECOND, Sim } from './app-sim';

const en = wordingFor('en-GB', 'en', 'UTC');

describe('camera-light saver settings', () => {
  it('turns the choice into a period', () => {
    expect(lightSaverPeriodMs('off')).toBeNull();
    expect(lightSaverPeriodMs('10')).toBe(10_000);
    expect(lightSaverPeriodMs('60')).toBe(60_000);
  });

  it('shortens the grace period by one period, never below zero, and leaves the rest', () => {
    const grace = (saver: 'off' | '10' | '30' | '60', graceSeconds = 20) =>
      effectiveCoaching(
        settingsWith({ monitoring: { cameraLightSaver: saver }, coaching: { graceSeconds } }),
      );
    expect(grace('off').graceSeconds).toBe(20);
    expect(grace('10').graceSeconds).toBe(10);
    expect(grace('30').graceSeconds).toBe(0);
    expect(grace('60', 120).graceSeconds).toBe(60);
    expect(grace('10').escalateAfterSeconds).toBe(grace('off').escalateAfterSeconds);
  });

  it('keeps a verdict fresh through the gap between bursts', () => {
    expect(verdictHoldMs(settingsWith({}))).toBe(0);
    expect(verdictHoldMs(settingsWith({ monitoring: { cameraLightSaver: '30' } }))).toBe(30_000);
  });
});

/** Verdicts as the monitor window sends them with the saver on: a few, then silence. */
function burstFeed(sim: Sim, periodMs: number, bursts: number, verdict: PostureState) {
  for (let i = 0; i < bursts; i += 1) {
    const start = sim.now;
    for (let k = 0; k < 5; k += 1) {
      sim.now += 500;
      sim.posture(verdict);
    }
    while (sim.now < start + periodMs) {
      sim.now += SECOND;
      sim.send({ type: 'tick' });
    }
  }
}

describe('app core with the camera-light saver', () => {
  const coaching = { graceSeconds: 20, cooldownSeconds: 120, escalation: ['tray' as const] };

  it('a slouch reported from bursts 30 s apart stays a slouch between them and is nudged at once', () => {
    const sim = new Sim(settingsWith({ monitoring: { cameraLightSaver: '30' }, coaching }));
    burstFeed(sim, 30_000, 2, 'upright');
    const slouchAt = sim.now;
    burstFeed(sim, 30_000, 3, 'slouching');
    // The first slouching verdict (the classifier has already seen the slouch last a period)
    // brings the nudge: the 20 s grace minus the 30 s period leaves nothing to wait.
    const nudges = sim.effects('nudge');
    expect(nudges.map((n) => n.atMs - slouchAt)).toEqual([500]);
    // Between bursts, the status still says so: the verdict is not stale.
    expect(describeStatus(sim.state, sim.now, en).trayState).toBe('slouching');
    expect(sim.effects('nudge:clear')).toEqual([]);
  });

  it('with 10 s bursts, the first nudge waits the rest of the grace period', () => {
    const sim = new Sim(settingsWith({ monitoring: { cameraLightSaver: '10' }, coaching }));
    burstFeed(sim, 10_000, 2, 'upright');
    const slouchAt = sim.now;
    burstFeed(sim, 10_000, 4, 'slouching');
    expect(sim.effects('nudge').map((n) => n.atMs - slouchAt)).toEqual([500 + 10_000]);
  });

  it('the same bursts with the saver off would read as a stalled camera, and never nudge', () => {
    const sim = new Sim(settingsWith({ coaching }));
    burstFeed(sim, 30_000, 5, 'slouching');
    expect(sim.effects('nudge')).toEqual([]);
  });
});
