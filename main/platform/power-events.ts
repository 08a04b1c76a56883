import type { PowerMonitor } from 'electron';
import type { AppEvent } from '../../shared/core/app-events';
import {
  initialScreenLock,
  observeScreenLock,
  type ScreenLockSignal,
} from '../../shared/core/signals/screen-lock';

const IDLE_POLL_MS = 15_000;
/** How often the idle state is read for a lock: the camera is released within seconds of one. */
export const LOCK_POLL_MS = 2_000;
/** getSystemIdleState wants an idle threshold; only its 'locked' answer matters here. */
const LOCK_POLL_IDLE_THRESHOLD_S = 60;

/** The powerMonitor events this adapter listens to ('lock-screen'/'unlock-screen': macOS, Windows). */
export type PowerEventName = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

/**
 * The part of Electron's powerMonitor used here: its own idle methods, and its events by their
 * Electron names (what `on` returns is not used, so a plain EventEmitter fake fits too).
 */
export interface PowerMonitorPort extends Pick<
  PowerMonitor,
  'getSystemIdleTime' | 'getSystemIdleState'
> {
  on(event: PowerEventName, listener: () => void): unknown;
  removeListener(event: PowerEventName, listener: () => void): unknown;
}

/**
 * Power and presence facts from Electron as core events: suspend/resume, lock/unlock, and the
 * system idle time (polled; Electron has no idle event). The core recomputes deadlines itself.
 * A lock is seen on every OS: through the 'lock-screen'/'unlock-screen' events where they exist
 * (macOS, Windows) and through getSystemIdleState(...) === 'locked' polled every LOCK_POLL_MS
 * (the only way on Linux); core/signals/screen-lock.ts makes one lock and one unlock of the two.
 */
export function watchPower(
  powerMonitor: PowerMonitorPort,
  emit: (event: AppEvent) => void,
  every: (ms: number, fn: () => void) => () => void = (ms, fn) => {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
): () => void {
  let lock = initialScreenLock;
  const observeLock = (signal: ScreenLockSignal): void => {
    const step = observeScreenLock(lock, signal);
    lock = step.state;
    if (step.change) emit({ type: 'power', what: step.change });
  };
  const pollLock = (): void =>
    observeLock({
      source: 'poll',
      idleState: powerMonitor.getSystemIdleState(LOCK_POLL_IDLE_THRESHOLD_S),
    });

  const handlers = {
    suspend: () => emit({ type: 'power', what: 'suspend' }),
    resume: () => emit({ type: 'power', what: 'resume' }),
    'lock-screen': () => observeLock({ source: 'event', locked: true }),
    'unlock-screen': () => observeLock({ source: 'event', locked: false }),
  } satisfies Record<PowerEventName, () => void>;
  const names = Object.keys(handlers) as PowerEventName[];
  for (const name of names) powerMonitor.on(name, handlers[name]);
  pollLock(); // started while the screen is locked (at login, say): tell the core right away
  const stopLockPoll = every(LOCK_POLL_MS, pollLock);
  const stopIdle = every(IDLE_POLL_MS, () =>
    emit({ type: 'idle', idleSeconds: powerMonitor.getSystemIdleTime() }),
  );
  return () => {
    stopIdle();
    stopLockPoll();
    for (const name of names) powerMonitor.removeListener(name, handlers[name]);
  };
}
