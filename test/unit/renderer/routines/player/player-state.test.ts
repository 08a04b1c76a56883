import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACK_RESTARTS_AFTER_MS,
  MAX_GAP_MS,
  flattenRoutine,
  startPlayer,
  stepPlayer,
  summarisePlayer,
  viewPlayer,
  type PlayerEvent,
  type PlayerState,
} from '../../../../../renderer/routines/player/player-state';
import { resolveRoutineById } from '../../../../../renderer/routines/selection/resolve-routine';

const routine = (id: string) => resolveRoutineById(id, [], { hidden: [], pregnant: false })!;
const T0 = 1_000_000;

function start(id = 'micro-open-up'): PlayerState {
  const resolved = routine(id);
  return startPlayer(resolved.id, flattenRoutine(resolved), T0);
}

/** Tick every `everyMs` from `fromMs` to `toMs`, as the component's clock does. */
function tickThrough(state: PlayerState, fromMs: number, toMs: number, everyMs = 250): PlayerState {
  let s = state;
  for (let t = fromMs; t <= toMs; t += everyMs) s = stepPlayer(s, { type: 'tick' }, t);
  return s;
}

describe('player state machine', () => {
  it('flattens a routine into its timed parts, in order, with their timings', () => {
    const resolved = routine('micro-open-up');
    const steps = flattenRoutine(resolved);
    expect(steps.map((s) => s.itemId)).toEqual([
      'overhead-reach',
      'overhead-reach',
      'overhead-reach',
      'shoulder-blade-squeeze',
      'shoulder-blade-squeeze',
      'shoulder-blade-squeeze',
    ]);
    expect(steps.reduce((sum, s) => sum + s.seconds, 0)).toBe(resolved.durationSeconds);
    expect(steps[1]!.move?.id).toBe('overhead-reach');
  });

  it('plays a micro routine to the end on time, marking every step done', () => {
    const resolved = routine('micro-open-up');
    const end = T0 + resolved.durationSeconds * 1000;
    const almost = tickThrough(start(), T0, end - 250);
    expect(almost.status).toBe('running');
    const done = stepPlayer(almost, { type: 'tick' }, end);
    expect(done.status).toBe('finished');
    const summary = summarisePlayer(done);
    // Two items, three parts each: two steps as a person counts them.
    expect(summary).toMatchObject({
      outcome: 'finished',
      totalSteps: 2,
      completedSteps: 2,
      skippedSteps: 0,
      activeSeconds: resolved.durationSeconds,
    });
    expect(summary.completedItemIds).toEqual(['overhead-reach', 'shoulder-blade-squeeze']);
  });

  it('plays a five-minute routine with coarse ticks, rolling over several steps in one tick', () => {
    const resolved = routine('long-desk-reset');
    const end = T0 + resolved.durationSeconds * 1000;
    const done = stepPlayer(
      tickThrough(start('long-desk-reset'), T0, end, 20_000),
      { type: 'tick' },
      end,
    );
    expect(done.status).toBe('finished');
    expect(summarisePlayer(done)).toMatchObject({
      totalSteps: resolved.items.length,
      completedSteps: resolved.items.length,
    });
  });

  it('shows remaining time and progress for the current step and the whole routine', () => {
    const state = start();
    const view = viewPlayer(state, T0 + 1500);
    expect(view.index).toBe(0);
    expect(view.stepRemainingMs).toBe(1500); // first step is 3 s
    expect(view.stepProgress).toBeCloseTo(0.5);
    expect(view.routineProgress).toBeCloseTo(1.5 / 54);
    expect(viewPlayer(state, T0 + 4000).index).toBe(1);
  });

  it('pausing stops the clock; resuming carries on where it left off', () => {
    let s = stepPlayer(start(), { type: 'pause' }, T0 + 1000);
    s = stepPlayer(s, { type: 'tick' }, T0 + 20_000);
    expect(viewPlayer(s, T0 + 25_000)).toMatchObject({
      index: 0,
      stepElapsedMs: 1000,
      status: 'paused',
    });
    s = stepPlayer(s, { type: 'toggle-pause' }, T0 + 25_000);
    expect(viewPlayer(s, T0 + 26_000)).toMatchObject({
      index: 0,
      stepElapsedMs: 2000,
      status: 'running',
    });
    expect(summarisePlayer(stepPlayer(s, { type: 'end' }, T0 + 26_000)).activeSeconds).toBe(2);
  });

  it('skip moves on a part and records it skipped; skipping the last part finishes', () => {
    let s = stepPlayer(start(), { type: 'skip' }, T0 + 500);
    expect(s.index).toBe(1);
    expect(s.outcomes[0]).toBe('skipped');
    for (let i = 0; i < 5; i += 1) s = stepPlayer(s, { type: 'skip' }, T0 + 600 + i);
    expect(s.status).toBe('finished');
    expect(summarisePlayer(s)).toMatchObject({
      totalSteps: 2,
      skippedSteps: 2,
      completedSteps: 0,
      completedItemIds: [],
    });
  });

  it('back restarts a step that has been running a while, or goes to the previous one near its start', () => {
    let s = stepPlayer(start(), { type: 'skip' }, T0 + 500);
    s = stepPlayer(s, { type: 'back' }, T0 + 500 + BACK_RESTARTS_AFTER_MS + 1000);
    expect(s.index).toBe(1);
    expect(s.stepElapsedMs).toBe(0);
    s = stepPlayer(s, { type: 'back' }, T0 + 500 + BACK_RESTARTS_AFTER_MS + 1500);
    expect(s.index).toBe(0);
    expect(s.outcomes[0]).toBe('pending');
    expect(stepPlayer(s, { type: 'back' }, T0 + 4000 + BACK_RESTARTS_AFTER_MS).index).toBe(0);
  });

  it('end stops the routine early and the summary says so', () => {
    const s = stepPlayer(start(), { type: 'end' }, T0 + 5000);
    expect(s.status).toBe('ended');
    // One part of the first step done, the rest never reached: no step is complete.
    expect(summarisePlayer(s)).toMatchObject({
      outcome: 'ended',
      completedSteps: 0,
      skippedSteps: 0,
      activeSeconds: 5,
    });
    // Nothing moves after the end.
    expect(stepPlayer(s, { type: 'skip' }, T0 + 9000)).toBe(s);
  });

  it('a long jump in time (sleep, frozen window) pauses instead of racing through the routine', () => {
    const s = stepPlayer(start(), { type: 'tick' }, T0 + MAX_GAP_MS + 1);
    expect(s).toMatchObject({ status: 'paused', interrupted: true, index: 0, stepElapsedMs: 0 });
    expect(stepPlayer(s, { type: 'resume' }, T0 + MAX_GAP_MS + 2).interrupted).toBe(false);
  });

  it('records camera-confirmed repetitions per step in the summary', () => {
    const s = stepPlayer(
      stepPlayer(start(), { type: 'tick' }, T0 + 4000),
      { type: 'reps', stepIndex: 1, reps: 3 },
      T0 + 4000,
    );
    expect(summarisePlayer(stepPlayer(s, { type: 'end' }, T0 + 5000)).moves).toEqual([
      { itemId: 'overhead-reach', moveId: 'overhead-reach', reps: 3, targetReps: 4 },
      { itemId: 'shoulder-blade-squeeze', moveId: 'shoulder-squeeze', reps: 0, targetReps: 4 },
    ]);
  });

  it('property: any sequence of events keeps the state consistent', () => {
    const event = fc.constantFrom<PlayerEvent>(
      { type: 'tick' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'toggle-pause' },
      { type: 'skip' },
      { type: 'back' },
      { type: 'end' },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(event, fc.integer({ min: 0, max: 40_000 })), { maxLength: 60 }),
        (events) => {
          let s = start('long-calm');
          let now = T0;
          let activeBefore = 0;
          for (const [e, dt] of events) {
            now += dt;
            s = stepPlayer(s, e, now);
            const view = viewPlayer(s, now);
            if (s.index < 0 || s.index >= s.steps.length) return false;
            if (
              view.stepProgress < 0 ||
              view.stepProgress > 1 ||
              view.routineProgress < 0 ||
              view.routineProgress > 1
            )
              return false;
            if (s.activeMs < activeBefore || s.activeMs > now - T0) return false;
            activeBefore = s.activeMs;
          }
          const summary = summarisePlayer(s);
          return summary.completedSteps + summary.skippedSteps <= summary.totalSteps;
        },
      ),
    );
  });
});
