import { describe, expect, it } from 'vitest';
import { eventForCommand } from '../../../../shared/core/app-events';
import { describeStatus } from '../../../../shared/core/describe-status';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { SECOND, Sim } from './app-sim';

const en = wordingFor('en-GB', 'en', 'UTC');

/** A finished routine goes through the core's step like everything else, and counts in history. */
describe('app core: finished routines', () => {
  const routinesRecorded = (sim: Sim) =>
    sim.effects('record').flatMap((r) => (r.effect.fact.kind === 'routine-finished' ? [r] : []));

  it('records a library routine that ran to its end, at the time it ended', () => {
    const sim = new Sim();
    sim.run(10 * SECOND, 'upright');
    const effects = sim.send({ type: 'routine:finished', routineId: 'micro-chest-opener' });
    expect(effects).toContainEqual({
      type: 'record',
      fact: { kind: 'routine-finished', routineId: 'micro-chest-opener', atMs: sim.now },
    });
  });

  it('records the break’s routine and ends the break as taken', () => {
    const sim = new Sim();
    sim.send({ type: 'break:take-now', kind: 'micro' });
    sim.run(10 * SECOND);
    const effects = sim.send({ type: 'break:finished', routineId: 'micro-neck-release' });
    expect(effects).toContainEqual({
      type: 'record',
      fact: { kind: 'routine-finished', routineId: 'micro-neck-release', atMs: sim.now },
    });
    expect(effects).toContainEqual({ type: 'break:end', kind: 'micro', outcome: 'taken' });
    expect(describeStatus(sim.state, sim.now, en).onBreak).toBe(false);
  });

  it('records nothing for a break window closed before its routine ended', () => {
    const sim = new Sim();
    sim.send({ type: 'break:take-now', kind: 'micro' });
    sim.send({ type: 'break:finished' });
    expect(routinesRecorded(sim)).toEqual([]);
    expect(sim.effects('break:end')).toHaveLength(1);
  });

  it('maps the routine commands to core events, a routine cut short to none', () => {
    expect(eventForCommand({ type: 'routine-done', routineId: 'chin-tucks' }, 0)).toEqual({
      type: 'routine:finished',
      routineId: 'chin-tucks',
    });
    expect(
      eventForCommand({ type: 'finish-break', routineId: 'chin-tucks', completed: true }, 0),
    ).toEqual({ type: 'break:finished', routineId: 'chin-tucks' });
    expect(
      eventForCommand({ type: 'finish-break', routineId: 'chin-tucks', completed: false }, 0),
    ).toEqual({ type: 'break:finished' });
    expect(eventForCommand({ type: 'finish-break', completed: true }, 0)).toEqual({
      type: 'break:finished',
    });
  });
});
