import type { AppEvent } from '../../../shared/core/app-events';
import {
  initialSignal,
  NO_SIGNALS,
  observeSignal,
  type PlatformSignal,
  type SignalAvailability,
  type SignalState,
} from '../../../shared/core/signals/signal-poll';
import type { SignalProbe } from './probe';

/** How often each signal is read: a call or a slideshow is seen within a few seconds. */
export const SIGNAL_POLL_MS = 5_000;

export interface SignalWatch {
  /** Which signals this system can read (a signal whose tool turned out missing is not). */
  availability(): SignalAvailability;
  stop(): void;
}

/**
 * Polls each available probe every SIGNAL_POLL_MS and tells the core each change once
 * (core/signals/signal-poll.ts). A read never overlaps the previous one of the same probe, and a
 * probe that finds its source unavailable is dropped (its signal reads off).
 */
export function watchSignals(
  probes: readonly SignalProbe[],
  emit: (event: AppEvent) => void,
  every: (ms: number, fn: () => void) => () => void,
  log: Pick<Console, 'warn'> = console,
): SignalWatch {
  const available: Record<PlatformSignal, boolean> = { ...NO_SIGNALS };
  const states = new Map<PlatformSignal, SignalState>();
  const busy = new Set<PlatformSignal>();
  let stopped = false;
  for (const probe of probes) {
    available[probe.signal] = true;
    states.set(probe.signal, initialSignal);
  }

  const tell = (signal: PlatformSignal, on: boolean): void => emit({ type: signal, on });

  const poll = async (probe: SignalProbe): Promise<void> => {
    const { signal } = probe;
    if (!available[signal] || busy.has(signal)) return;
    busy.add(signal);
    let reading;
    try {
      reading = await probe.read();
    } catch {
      reading = 'unknown' as const;
    } finally {
      busy.delete(signal);
    }
    if (stopped) return;
    if (reading === 'unavailable') {
      available[signal] = false;
      log.warn(`Poise: the ${signal} signal cannot be read on this system`);
      if (states.get(signal)?.on) tell(signal, false);
      states.set(signal, initialSignal);
      return;
    }
    const step = observeSignal(states.get(signal) ?? initialSignal, reading);
    states.set(signal, step.state);
    if (step.change !== null) tell(signal, step.change);
  };
  const pollAll = (): void => {
    for (const probe of probes) void poll(probe);
  };

  pollAll();
  const stopTimer = every(SIGNAL_POLL_MS, pollAll);
  return {
    availability: () => ({ ...available }),
    stop() {
      stopped = true;
      stopTimer();
    },
  };
}
