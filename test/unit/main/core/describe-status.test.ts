import { describe, expect, it } from 'vitest';
import { describeStatus, formatSeconds } from '../../../../main/core/describe-status';
import { HOUR, MINUTE, MONDAY_MIDNIGHT_UTC, SECOND, Sim, settingsWith } from './app-sim';

describe('describeStatus', () => {
  it('starts as starting, then follows the verdict', () => {
    const sim = new Sim();
    expect(describeStatus(sim.state, sim.now)).toMatchObject({
      trayState: 'starting',
      statusLine: 'Starting the camera…',
    });
    sim.send({ type: 'monitor-status', status: { kind: 'running', backend: 'wasm' } });
    expect(describeStatus(sim.state, sim.now).statusLine).toBe('Waiting for the first reading…');
    for (const [verdict, tray, line] of [
      ['upright', 'upright', 'Sitting well'],
      ['slouching', 'slouching', 'Slouching'],
      ['away', 'away', 'Away from the desk'],
      ['uncertain', 'upright', 'Watching, but the view is unclear'],
    ] as const) {
      sim.now += SECOND;
      sim.posture(verdict);
      expect(describeStatus(sim.state, sim.now)).toMatchObject({
        trayState: tray,
        statusLine: line,
        posture: verdict,
      });
    }
  });

  it('puts pause before a break before a lock before a camera problem', () => {
    const sim = new Sim();
    sim.send({
      type: 'monitor-status',
      status: { kind: 'error', problem: 'no-camera', message: 'No camera found' },
    });
    expect(describeStatus(sim.state, sim.now).trayState).toBe('camera-problem');
    sim.send({ type: 'power', what: 'lock' });
    expect(describeStatus(sim.state, sim.now)).toMatchObject({
      trayState: 'paused',
      statusLine: 'Screen locked: monitoring is off',
    });
    sim.send({ type: 'break:take-now', kind: 'micro' });
    expect(describeStatus(sim.state, sim.now)).toMatchObject({
      trayState: 'break',
      statusLine: 'On a micro break (30 s left)',
      onBreak: true,
    });
    sim.send({ type: 'pause', until: sim.now + HOUR });
    expect(describeStatus(sim.state, sim.now)).toMatchObject({
      trayState: 'paused',
      pausedUntilMs: sim.now + HOUR,
    });
  });

  it('stays the same second after second while paused, so nothing is re-sent', () => {
    const sim = new Sim(settingsWith({ breaks: { microEveryMinutes: 20, longEveryMinutes: 60 } }));
    sim.run(5 * MINUTE, 'upright');
    sim.send({ type: 'pause', until: sim.now + HOUR });
    const first = describeStatus(sim.state, sim.now);
    const later = describeStatus(sim.state, sim.now + 30 * SECOND);
    expect(first.nextBreakAtMs).toBeNull();
    expect(later).toEqual(first);
  });

  it('reports the next break time while working, and none when breaks are off', () => {
    const sim = new Sim(settingsWith({ breaks: { microEveryMinutes: 20, longEveryMinutes: 60 } }));
    sim.run(5 * MINUTE, 'upright');
    expect(describeStatus(sim.state, sim.now).nextBreakAtMs).toBe(sim.now + 15 * MINUTE);
    const off = new Sim(settingsWith({ breaks: { microEnabled: false, longEnabled: false } }));
    expect(describeStatus(off.state, off.now).nextBreakAtMs).toBeNull();
  });

  it('says "outside working hours" there', () => {
    const sim = new Sim(
      settingsWith({ workingHours: { enabled: true } }),
      MONDAY_MIDNIGHT_UTC + 20 * HOUR,
    );
    expect(describeStatus(sim.state, sim.now)).toMatchObject({
      trayState: 'paused',
      statusLine: 'Outside working hours',
    });
  });

  it.each([
    [0, '0 s'],
    [59, '59 s'],
    [60, '1:00'],
    [305, '5:05'],
  ])('formats %i seconds as %s', (s, text) => expect(formatSeconds(s)).toBe(text));
});
