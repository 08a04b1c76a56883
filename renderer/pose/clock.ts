/**
 * Time as a port for the monitor's parts (camera session, sampling loop): the app runs them on
 * the system clock, unit tests on a fake one that moves only when told, so retries, bursts and
 * ticks are checked in milliseconds without waiting.
 */
export interface Clock {
  now(): number;
  /** Call `run` once after `delayMs`; the returned function cancels it. */
  after(delayMs: number, run: () => void): () => void;
}

/** Wall time, so sample times compare with the main process's clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  after: (delayMs, run) => {
    const timer = setTimeout(run, delayMs);
    return () => clearTimeout(timer);
  },
};

/** `clock.after`, cancelled when `signal` aborts: the step that wanted it is over. */
export function afterUnlessAborted(
  clock: Clock,
  delayMs: number,
  signal: AbortSignal,
  run: () => void,
): void {
  if (signal.aborted) return;
  const cancel = clock.after(delayMs, run);
  signal.addEventListener('abort', cancel, { once: true });
}
