import { describe, expect, it } from 'vitest';
import {
  anyReading,
  initialSignal,
  observeSignal,
  unavailableSignals,
  UNKNOWN_READINGS_BEFORE_OFF,
  type SignalReading,
} from '../../../../../shared/core/signals/signal-poll';

/** The changes a run of readings tells the core, in order. */
function changes(readings: readonly SignalReading[]): boolean[] {
  let state = initialSignal;
  const out: boolean[] = [];
  for (const reading of readings) {
    const step = observeSignal(state, reading);
    state = step.state;
    if (step.change !== null) out.push(step.change);
  }
  return out;
}

describe('platform signal polls', () => {
  it('tells each change once, however many polls repeat it', () => {
    expect(changes([false, true, true, true, false, false, true])).toEqual([true, false, true]);
  });

  it('keeps what it knew through a few unknown readings (a command timed out)', () => {
    expect(changes([true, 'unknown', 'unknown', true, false])).toEqual([true, false]);
    expect(changes(['unknown', 'unknown', 'unknown', 'unknown'])).toEqual([]);
  });

  it('lets a signal go off when its source stops answering, so Poise is not silenced for good', () => {
    const silent = Array<SignalReading>(UNKNOWN_READINGS_BEFORE_OFF).fill('unknown');
    expect(changes([true, ...silent])).toEqual([true, false]);
    expect(changes([true, ...silent, 'unknown', true])).toEqual([true, false, true]);
  });

  it('counts a device in use when any part says so', () => {
    expect(anyReading([false, true])).toBe(true);
    expect(anyReading(['unknown', true])).toBe(true);
    expect(anyReading([false, 'unknown'])).toBe('unknown');
    expect(anyReading([false, false])).toBe(false);
  });

  it('lists the unavailable signals in a fixed order', () => {
    expect(unavailableSignals({ fullscreen: false, dnd: true, call: false })).toEqual([
      'fullscreen',
      'call',
    ]);
  });
});
