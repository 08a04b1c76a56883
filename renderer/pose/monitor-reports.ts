import type { MonitorStatus } from '../../shared/core/posture-status';

/**
 * The monitor's two outlets to its page. A page's handler that throws is logged, never allowed
 * to break the camera or the sampling loop that called it.
 */
export interface StatusReporter {
  readonly current: MonitorStatus;
  /** Tell the page, unless nothing changed. */
  set(next: MonitorStatus): void;
}

export function createStatusReporter(onStatus: (status: MonitorStatus) => void): StatusReporter {
  let current: MonitorStatus = { kind: 'stopped', reason: 'user' };
  return {
    get current() {
      return current;
    },
    set(next) {
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      current = next;
      guarded('onStatus', onStatus)(next);
    },
  };
}

export function guarded<Args extends unknown[]>(
  name: string,
  handler: (...args: Args) => void,
): (...args: Args) => void {
  return (...args) => {
    try {
      handler(...args);
    } catch (error) {
      console.error(`[poise monitor] ${name} handler failed`, error);
    }
  };
}
