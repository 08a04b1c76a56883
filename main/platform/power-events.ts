import type { PowerMonitor } from 'electron';
import type { AppEvent } from '../core/app-events';

const IDLE_POLL_MS = 15_000;

/**
 * Power and presence facts from Electron as core events: suspend/resume, lock/unlock, and the
 * system idle time (polled; Electron has no idle event). The core recomputes deadlines itself.
 */
export function watchPower(
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener' | 'getSystemIdleTime'>,
  emit: (event: AppEvent) => void,
  every: (ms: number, fn: () => void) => () => void = (ms, fn) => {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
): () => void {
  const handlers = {
    suspend: () => emit({ type: 'power', what: 'suspend' }),
    resume: () => emit({ type: 'power', what: 'resume' }),
    'lock-screen': () => emit({ type: 'power', what: 'lock' }),
    'unlock-screen': () => emit({ type: 'power', what: 'unlock' }),
  } as const;
  for (const [name, handler] of Object.entries(handlers))
    powerMonitor.on(name as 'suspend', handler);
  const stopIdle = every(IDLE_POLL_MS, () =>
    emit({ type: 'idle', idleSeconds: powerMonitor.getSystemIdleTime() }),
  );
  return () => {
    stopIdle();
    for (const [name, handler] of Object.entries(handlers)) {
      powerMonitor.removeListener(name as 'suspend', handler);
    }
  };
}
