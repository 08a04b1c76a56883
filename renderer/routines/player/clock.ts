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
