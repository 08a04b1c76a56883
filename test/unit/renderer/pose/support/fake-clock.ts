import type { Clock } from '../../../../../renderer/pose/clock';

/**
 * A clock that moves only when told. `advance` fires each due timer at its own time, in order,
 * and lets the promises it started settle before the next one, as a real event loop would.
 */
export interface FakeClock extends Clock {
  advance(ms: number): Promise<void>;
  /** Let pending promise callbacks run without moving time. */
  settle(): Promise<void>;
  /** Timers not yet fired or cancelled. */
  readonly pendingTimers: number;
}

interface Timer {
  readonly dueMs: number;
  readonly order: number;
  readonly run: () => void;
}

const MAX_TIMERS_PER_ADVANCE = 100_000;

// setImmediate runs after the whole microtask queue has drained, chained promises included.
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function fakeClock(startMs = 0): FakeClock {
  let nowMs = startMs;
  let created = 0;
  const timers = new Set<Timer>();
  const nextDue = (untilMs: number): Timer | undefined => {
    let due: Timer | undefined;
    for (const timer of timers) {
      if (timer.dueMs > untilMs) continue;
      if (!due || timer.dueMs < due.dueMs || (timer.dueMs === due.dueMs && timer.order < due.order))
        due = timer;
    }
    return due;
  };
  return {
    now: () => nowMs,
    after(delayMs, run) {
      // As setTimeout does, a delay that is not a positive number means "at once".
      const delay = Number.isFinite(delayMs) ? Math.max(0, delayMs) : 0;
      const timer = { dueMs: nowMs + delay, order: created++, run };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    async advance(ms) {
      const endMs = nowMs + ms;
      await settle();
      let fired = 0;
      for (let due = nextDue(endMs); due; due = nextDue(endMs)) {
        if ((fired += 1) > MAX_TIMERS_PER_ADVANCE)
          throw new Error(
            `More than ${MAX_TIMERS_PER_ADVANCE} timers in one advance: a loop that never waits?`,
          );
        timers.delete(due);
        nowMs = due.dueMs;
        due.run();
        await settle();
      }
      nowMs = endMs;
    },
    settle,
    get pendingTimers() {
      return timers.size;
    },
  };
}
