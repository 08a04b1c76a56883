import { describe, expect, it } from 'vitest';
import {
  initialScreenLock,
  observeScreenLock,
  type ScreenLockSignal,
} from '../../../../../shared/core/signals/screen-lock';

const lockEvent: ScreenLockSignal = { source: 'event', locked: true };
const unlockEvent: ScreenLockSignal = { source: 'event', locked: false };
const poll = (idleState: 'active' | 'idle' | 'locked' | 'unknown'): ScreenLockSignal => ({
  source: 'poll',
  idleState,
});

/** The changes a sequence of signals produces, from the unlocked start. */
function changes(signals: readonly ScreenLockSignal[]): Array<'lock' | 'unlock'> {
  let state = initialScreenLock;
  const out: Array<'lock' | 'unlock'> = [];
  for (const signal of signals) {
    const step = observeScreenLock(state, signal);
    state = step.state;
    if (step.change) out.push(step.change);
  }
  return out;
}

describe('screen lock from events and the idle-state poll', () => {
  it('sees a lock only through the idle state (Linux: no lock events)', () => {
    expect(changes([poll('active'), poll('idle'), poll('locked')])).toEqual(['lock']);
    expect(changes([poll('locked'), poll('locked'), poll('active')])).toEqual(['lock', 'unlock']);
    expect(changes([poll('locked'), poll('idle')])).toEqual(['lock', 'unlock']);
  });

  it('reports a lock seen by both the event and the poll once, in either order', () => {
    expect(
      changes([lockEvent, poll('locked'), poll('locked'), unlockEvent, poll('active')]),
    ).toEqual(['lock', 'unlock']);
    expect(changes([poll('locked'), lockEvent, poll('active'), unlockEvent])).toEqual([
      'lock',
      'unlock',
    ]);
  });

  it('keeps an event lock when the poll cannot tell locked from active', () => {
    // A desktop whose idle state never reads 'locked': only the unlock event ends the lock.
    expect(changes([lockEvent, poll('active'), poll('idle'), poll('unknown')])).toEqual(['lock']);
    expect(changes([lockEvent, poll('active'), unlockEvent])).toEqual(['lock', 'unlock']);
  });

  it('ignores an unknown idle state and repeated events', () => {
    expect(changes([poll('unknown'), poll('locked'), poll('unknown')])).toEqual(['lock']);
    expect(changes([lockEvent, lockEvent, unlockEvent, unlockEvent])).toEqual(['lock', 'unlock']);
    expect(changes([unlockEvent, poll('active')])).toEqual([]);
  });

  it('locks again after an unlock', () => {
    expect(
      changes([
        poll('locked'),
        poll('active'),
        lockEvent,
        unlockEvent,
        poll('locked'),
        poll('active'),
      ]),
    ).toEqual(['lock', 'unlock', 'lock', 'unlock', 'lock', 'unlock']);
  });
});
