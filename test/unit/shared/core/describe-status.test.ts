import { describe, expect, it } from 'vitest';
import { describeStatus, formatSeconds } from '../../../../shared/core/describe-status';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { HOUR, MINUTE, MONDAY_MIDNIGHT_UTC, SECOND, Sim, settingsWith } from './app-sim';

const en = wordingFor('en-GB', 'en', 'UTC');

/** A running monitor whose latest verdict gives one reason (with English words, for logs only). */
function watchingWithReason(state: 'uncertain' | 'slouching', metric: string): Sim {
  const sim = new Sim();
  sim.send({ type: 'monitor-status', status: { kind: 'running', backend: 'wasm' } });
  sim.send({
    type: 'posture',
    report: {
      timeMs: sim.now,
      state,
      reasons: [{ metric, deviation: 1.4, message: 'English words for logs' }],
      slouchScore: state === 'slouching' ? 0.7 : 0,
    },
  });
  return sim;
}

describe('describeStatus', () => {
  it('starts as starting, then follows the verdict', () => {
    const sim = new Sim();
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'starting',
      statusLine: 'Starting the camera…',
    });
    sim.send({ type: 'monitor-status', status: { kind: 'running', backend: 'wasm' } });
    expect(describeStatus(sim.state, sim.now, en).statusLine).toBe(
      'Waiting for the first reading…',
    );
    for (const [verdict, tray, line] of [
      ['upright', 'upright', 'Sitting well'],
      ['slouching', 'slouching', 'Slouching'],
      ['away', 'away', 'Away from the desk'],
      ['uncertain', 'upright', 'Watching, but the view is unclear'],
    ] as const) {
      sim.now += SECOND;
      sim.posture(verdict);
      expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
        trayState: tray,
        statusLine: line,
        posture: verdict,
      });
    }
  });

  it('says how to calibrate when watching has nothing to judge against yet', () => {
    const sim = watchingWithReason('uncertain', 'calibration');
    expect(describeStatus(sim.state, sim.now, en).statusLine).toBe(
      'Not calibrated yet: choose Recalibrate posture in the menu',
    );
    expect(describeStatus(sim.state, sim.now, wordingFor('de-DE', 'de', 'UTC')).statusLine).toBe(
      'Noch nicht kalibriert: Wählen Sie im Menü „Haltung neu kalibrieren“',
    );
  });

  it('puts pause before a break before a lock before a camera problem', () => {
    const sim = new Sim();
    sim.send({
      type: 'monitor-status',
      status: { kind: 'error', problem: 'no-camera', message: 'No camera found' },
    });
    expect(describeStatus(sim.state, sim.now, en).trayState).toBe('camera-problem');
    sim.send({ type: 'power', what: 'lock' });
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'paused',
      statusLine: 'Screen locked: monitoring is off',
    });
    sim.send({ type: 'break:take-now', kind: 'micro' });
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'break',
      statusLine: 'On a micro break (30 s left)',
      onBreak: true,
    });
    sim.send({ type: 'pause', until: sim.now + HOUR });
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'paused',
      pausedUntilMs: sim.now + HOUR,
    });
  });

  it('stays the same second after second while paused, so nothing is re-sent', () => {
    const sim = new Sim(settingsWith({ breaks: { microEveryMinutes: 20, longEveryMinutes: 60 } }));
    sim.run(5 * MINUTE, 'upright');
    sim.send({ type: 'pause', until: sim.now + HOUR });
    const first = describeStatus(sim.state, sim.now, en);
    const later = describeStatus(sim.state, sim.now + 30 * SECOND, en);
    expect(first.nextBreakAtMs).toBeNull();
    expect(later).toEqual(first);
  });

  it('reports the next break time while working, and none when breaks are off', () => {
    const sim = new Sim(settingsWith({ breaks: { microEveryMinutes: 20, longEveryMinutes: 60 } }));
    sim.run(5 * MINUTE, 'upright');
    expect(describeStatus(sim.state, sim.now, en).nextBreakAtMs).toBe(sim.now + 15 * MINUTE);
    const off = new Sim(settingsWith({ breaks: { microEnabled: false, longEnabled: false } }));
    expect(describeStatus(off.state, off.now, en).nextBreakAtMs).toBeNull();
  });

  it('says "outside working hours" there', () => {
    const sim = new Sim(
      settingsWith({ workingHours: { enabled: true } }),
      MONDAY_MIDNIGHT_UTC + 20 * HOUR,
    );
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'paused',
      statusLine: 'Outside working hours',
    });
  });

  it.each([
    [0, '0 s'],
    [59, '59 s'],
    [60, '1:00'],
    [305, '5:05'],
  ])('formats %i seconds as %s', (s, text) => expect(formatSeconds(s, en)).toBe(text));
});

describe('describeStatus in German', () => {
  const de = wordingFor('de-DE', 'de', 'UTC');

  it('counts a break down and names the pause end in German', () => {
    const sim = new Sim();
    sim.send({ type: 'break:take-now', kind: 'micro' });
    expect(describeStatus(sim.state, sim.now, de).statusLine).toBe('Kurzpause (noch 30 s)');
    sim.send({ type: 'break:finished' });
    sim.send({ type: 'pause', until: MONDAY_MIDNIGHT_UTC + 14.5 * HOUR });
    expect(describeStatus(sim.state, sim.now, de).statusLine).toBe('Pausiert bis 14:30');
  });

  it('says the heads-up in German, in minutes and seconds', () => {
    const sim = new Sim();
    sim.run(25 * MINUTE - 20 * SECOND, 'upright');
    expect(describeStatus(sim.state, sim.now, de).statusLine).toBe(
      'Eine Kurzpause beginnt in 20 s',
    );
    expect(formatSeconds(75, de)).toBe('1:15');
    expect(formatSeconds(9, de)).toBe('9 s');
  });

  it('puts the posture reason and a camera problem into words by id, in each language', () => {
    const sim = watchingWithReason('slouching', 'neckHeight');
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      statusLine: 'Slouching',
      postureReason: 'Your head has dropped toward your shoulders.',
    });
    expect(describeStatus(sim.state, sim.now, de)).toMatchObject({
      statusLine: 'Krumme Haltung',
      postureReason: 'Ihr Kopf ist zu den Schultern hin abgesunken.',
    });
    sim.send({
      type: 'monitor-status',
      status: { kind: 'error', problem: 'permission-denied', message: 'denied' },
    });
    expect(describeStatus(sim.state, sim.now, de).statusLine).toBe(
      'Poise darf die Kamera nicht verwenden. Erlauben Sie den Kamerazugriff in den Einstellungen Ihres Systems oder Browsers.',
    );
    expect(describeStatus(sim.state, sim.now, en).statusLine).toContain(
      'Poise is not allowed to use the camera.',
    );
  });
});
