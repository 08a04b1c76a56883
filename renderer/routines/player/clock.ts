/**
 * The time source the routine player runs on. The real one reads the monotonic clock; tests and
 * the lab page pass a fast one so a five-minute routine plays in seconds through the same code.
 */
export interface PlayerClock {
  now(): number;
  /** Call `tick` about every `ms` of this clock's time; returns a function that stops it. */
  every(ms: number, tick: () => void): () => void;
}

export const realClock: PlayerClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => clearInterval(id);
  },
};

/** A clock that runs `factor` times faster than `base`, ticking proportionally more often. */
export function fastClock(factor: number, base: PlayerClock = realClock): PlayerClock {
  const origin = base.now();
  return {
    now: () => origin + (base.now() - origin) * factor,
    // Real timers cannot fire faster than a few ms; fewer, bigger steps keep the same total time.
    every: (ms, tick) => base.every(Math.max(16, ms / factor), tick),
  };
}

/** A clock that moves only when told: tests and the lab drive a routine with it, step by step. */
export interface ManualClock extends PlayerClock {
  /** Move time on by `ms`, calling every ticker each time its interval comes round, in order. */
  advance(ms: number): void;
}

interface ManualTicker {
  readonly ms: number;
  nextMs: number;
  readonly tick: () => void;
}

export function manualClock(startMs = 0): ManualClock {
  let nowMs = startMs;
  const tickers = new Set<ManualTicker>();
  const nextDue = (untilMs: number): ManualTicker | undefined => {
    let due: ManualTicker | undefined;
    for (const ticker of tickers) {
      if (ticker.nextMs <= untilMs && (!due || ticker.nextMs < due.nextMs)) due = ticker;
    }
    return due;
  };
  return {
    now: () => nowMs,
    every(ms, tick) {
      const ticker: ManualTicker = { ms: Math.max(1, ms), nextMs: nowMs + Math.max(1, ms), tick };
      tickers.add(ticker);
      return () => tickers.delete(ticker);
    },
    advance(ms) {
      const endMs = nowMs + Math.max(0, ms);
      // One tick at a time, as real time would pass: a player that reads the clock on each tick
      // sees small steps, never one long gap it would take for a sleeping computer.
      for (let due = nextDue(endMs); due; due = nextDue(endMs)) {
        nowMs = due.nextMs;
        due.nextMs += due.ms;
        due.tick();
      }
      nowMs = endMs;
    },
  };
}
