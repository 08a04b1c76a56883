import { describe, expect, it } from 'vitest';
import { eventForCommand } from '../../../../../shared/core/app-events';
import { breakPromptView } from '../../../../../shared/core/break-prompt-view';
import { describeStatus } from '../../../../../shared/core/describe-status';
import { wordingFor } from '../../../../../shared/core/i18n/wording';
import {
  ROUTINE_OVERRUN_MS,
  routineHoldsBreak,
} from '../../../../../shared/core/schedule/routine-hold';
import { initialSchedulerState } from '../../../../../shared/core/schedule/break-scheduler';
import { MINUTE, SECOND, Sim, settingsWith, type TimedEffect } from '../app-sim';

const en = wordingFor('en-GB', 'en', 'UTC');

const settings = settingsWith({
  coaching: {
    graceSeconds: 10,
    cooldownSeconds: 60,
    escalation: ['tray', 'notification'],
    suggestBreakAfterEpisodes: 4,
  },
  breaks: {
    microEveryMinutes: 25,
    microDurationSeconds: 30,
    longEveryMinutes: 60,
    longDurationMinutes: 5,
    headsUpSeconds: 30,
    naturalBreakMinutes: 5,
  },
});

/** Slouching recorded in [fromMs, toMs), from the history facts the core emitted. */
function slouchingMsBetween(log: readonly TimedEffect[], fromMs: number, toMs: number): number {
  return log
    .flatMap((e) =>
      e.effect.type === 'record' && e.effect.fact.kind === 'posture' ? [e.effect.fact] : [],
    )
    .filter((fact) => fact.state === 'slouching')
    .reduce((sum, f) => sum + Math.max(0, Math.min(f.toMs, toMs) - Math.max(f.fromMs, fromMs)), 0);
}

describe('a routine played from the Routines view', () => {
  it('judges no posture while it plays: no nudge, no slouching recorded, camera off', () => {
    const sim = new Sim(settings);
    sim.run(5 * SECOND, 'upright');
    sim.send({ type: 'routine:started', seconds: 54, inBreak: false });
    const start = sim.now;
    expect(sim.effects('camera', start).map((e) => e.effect.on)).toEqual([false]);
    // The monitor keeps sending slouching verdicts (it has not heard yet): none of them count.
    sim.run(50 * SECOND, 'slouching');
    expect(sim.effects('nudge', start)).toEqual([]);
    expect(slouchingMsBetween(sim.log, start, sim.now)).toBe(0);
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'break',
      statusLine: 'Playing a routine: posture checks wait until it ends',
      onBreak: false,
    });

    sim.send({ type: 'routine:stopped' });
    const after = sim.now;
    expect(sim.effects('camera', after).map((e) => e.effect.on)).toEqual([true]);
    sim.run(15 * SECOND, 'slouching');
    expect(sim.effects('nudge', after).length).toBe(1);
    expect(slouchingMsBetween(sim.log, after, sim.now)).toBeGreaterThan(0);
  });

  it('is not work time and lets no break in; the break comes as due once it stops', () => {
    const sim = new Sim(settings);
    // 40 s of work before the micro break: its 30 s heads-up is 10 s of work away.
    sim.run(25 * MINUTE - 40 * SECOND, 'upright');
    sim.send({ type: 'routine:started', seconds: 300, inBreak: false });
    sim.run(5 * MINUTE);
    expect(sim.effects('break:heads-up')).toEqual([]);
    expect(sim.effects('break:start')).toEqual([]);
    sim.send({ type: 'routine:stopped' });
    sim.run(9 * SECOND, 'upright');
    expect(sim.effects('break:heads-up')).toEqual([]);
    sim.run(2 * SECOND, 'upright');
    expect(sim.effects('break:heads-up').length).toBe(1);
  });

  it('a routine that never says it stopped lets go after its length plus the overrun', () => {
    const sim = new Sim(settings);
    sim.send({ type: 'routine:started', seconds: 60, inBreak: false });
    sim.run(60 * SECOND + ROUTINE_OVERRUN_MS - SECOND);
    expect(describeStatus(sim.state, sim.now, en).trayState).toBe('break');
    sim.run(2 * SECOND);
    expect(sim.state.routine).toBeNull();
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([false, true]);
  });
});

describe('a break that plays a routine', () => {
  it('lasts as long as the routine, with one timer: the routine ends it', () => {
    const sim = new Sim(settings);
    sim.send({ type: 'break:take-now', kind: 'micro' });
    // The break was planned for 30 s; the routine chosen for it lasts 54 s.
    sim.send({ type: 'routine:started', seconds: 54, inBreak: true });
    expect(breakPromptView(sim.state, sim.now)).toBeNull();
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'break',
      statusLine: 'On a micro break: routine playing',
      onBreak: true,
    });
    sim.run(40 * SECOND, 'slouching');
    expect(sim.effects('break:end')).toEqual([]);
    expect(sim.effects('nudge')).toEqual([]);
    expect(slouchingMsBetween(sim.log, 0, sim.now)).toBe(0);

    sim.run(14 * SECOND);
    sim.send({ type: 'break:finished' });
    expect(sim.effects('break:end').map((e) => e.effect)).toEqual([
      { type: 'break:end', kind: 'micro', outcome: 'taken' },
    ]);
    expect(describeStatus(sim.state, sim.now, en).onBreak).toBe(false);
  });

  it('a shorter routine ends the break early, when it is done', () => {
    const sim = new Sim(settings);
    sim.send({ type: 'break:take-now', kind: 'long' });
    sim.send({ type: 'routine:started', seconds: 240, inBreak: true });
    sim.run(240 * SECOND);
    sim.send({ type: 'break:finished' });
    expect(sim.effects('break:end').map((e) => e.atMs - sim.log[0]!.atMs)).toEqual([240 * SECOND]);
  });

  it('ends anyway when its routine never reports, so a lost window cannot hold it', () => {
    const sim = new Sim(settings);
    sim.send({ type: 'break:take-now', kind: 'micro' });
    sim.send({ type: 'routine:started', seconds: 54, inBreak: true });
    sim.run(54 * SECOND + ROUTINE_OVERRUN_MS - SECOND);
    expect(sim.effects('break:end')).toEqual([]);
    sim.run(2 * SECOND);
    expect(sim.effects('break:end').map((e) => e.effect.outcome)).toEqual(['taken']);
  });

  it('a break routine that starts after its break ended holds nothing', () => {
    expect(routineHoldsBreak(initialSchedulerState, 54, 0)).toBe(initialSchedulerState);
    const sim = new Sim(settings);
    sim.run(5 * SECOND, 'upright');
    sim.send({ type: 'routine:started', seconds: 54, inBreak: true });
    expect(sim.state.routine).toBeNull();
    expect(describeStatus(sim.state, sim.now, en).trayState).not.toBe('break');
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([true]);
  });
});

describe('routine commands', () => {
  it('map to core events', () => {
    expect(eventForCommand({ type: 'routine-started', seconds: 54, inBreak: true }, 0)).toEqual({
      type: 'routine:started',
      seconds: 54,
      inBreak: true,
    });
    expect(eventForCommand({ type: 'routine-stopped' }, 0)).toEqual({ type: 'routine:stopped' });
  });
});
