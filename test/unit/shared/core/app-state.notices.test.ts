import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../shared/core/app-events';
import { describeStatus } from '../../../../shared/core/describe-status';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { SECOND, Sim } from './app-sim';

const en = wordingFor('en-GB', 'en', 'UTC');

/** The once-only notices, through the core's pure step: event in, state and effects out. */
describe('app core: notices', () => {
  const movedReport = (sim: Sim): AppEvent => ({
    type: 'posture',
    report: {
      timeMs: sim.now,
      state: 'upright',
      reasons: [],
      slouchScore: 0.1,
      recalibrationSuggested: true,
    },
  });
  const notices = (sim: Sim) => sim.effects('notice').map((e) => e.effect.notice);

  it('says the camera moved with the first report that suggests it, and still judges posture', () => {
    const sim = new Sim();
    sim.send({ type: 'tick' });
    sim.now += SECOND;
    const effects = sim.send(movedReport(sim));
    expect(effects).toContainEqual({ type: 'notice', notice: { kind: 'camera-moved' } });
    expect(sim.state.notices.cameraMovedTold).toBe(true);
    sim.run(30 * SECOND, 'upright');
    sim.send(movedReport(sim));
    expect(notices(sim)).toEqual([{ kind: 'camera-moved' }]);
    // The report is still a verdict like any other.
    expect(describeStatus(sim.state, sim.now, en).posture).toBe('upright');
  });

  it('says it again after the person asked to recalibrate, or saved a new calibration', () => {
    const sim = new Sim();
    sim.send(movedReport(sim));
    sim.send({ type: 'calibration:requested' });
    expect(sim.state.notices.cameraMovedTold).toBe(false);
    sim.send(movedReport(sim));
    sim.send({ type: 'calibration:saved' });
    sim.send(movedReport(sim));
    expect(notices(sim)).toHaveLength(3);
  });

  it('says the default camera is in use once per stretch on it', () => {
    const sim = new Sim();
    const running = (cameraFallback: boolean): AppEvent => ({
      type: 'monitor-status',
      status: { kind: 'running', backend: 'wasm', cameraFallback },
    });
    sim.send(running(true));
    sim.send({ type: 'monitor-status', status: { kind: 'stopped', reason: 'paused' } });
    sim.send(running(true));
    expect(notices(sim)).toEqual([{ kind: 'camera-fallback' }]);
    sim.send(running(false));
    sim.send(running(true));
    expect(notices(sim)).toHaveLength(2);
  });

  it('says a history write failed once per failure streak', () => {
    const sim = new Sim();
    sim.send({ type: 'history:not-saved', error: 'ENOSPC' });
    sim.run(60 * SECOND, 'upright');
    sim.send({ type: 'history:not-saved', error: 'ENOSPC' });
    expect(notices(sim)).toEqual([{ kind: 'history-not-saved', error: 'ENOSPC' }]);
    sim.send({ type: 'history:saved' });
    expect(sim.state.notices.historyFailureTold).toBe(false);
    sim.send({ type: 'history:not-saved', error: 'EIO' });
    expect(notices(sim).at(-1)).toEqual({ kind: 'history-not-saved', error: 'EIO' });
  });

  it('a write outcome is only about notices: it moves no break and no camera', () => {
    const sim = new Sim();
    sim.send({ type: 'tick' });
    const before = sim.state;
    const effects = sim.send({ type: 'history:saved' });
    expect(effects).toEqual([]);
    expect(sim.state).toEqual(before);
  });
});
