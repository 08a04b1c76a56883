import type { AppEvent } from './app-events';

/**
 * Things worth telling the person once, not on every event that still shows them: a camera that
 * moved makes every later verdict doubtful, a missing camera stays missing, a full disk stays full.
 * Repeating any of these each second would bury the one notice that matters.
 */
export type AppNotice =
  /** The classifier's picture no longer matches the calibration: the camera likely moved. */
  | { readonly kind: 'camera-moved' }
  /** The camera chosen in Settings is missing; the monitor runs on the default one. */
  | { readonly kind: 'camera-fallback' }
  /** History could not be written; the minutes stay in memory and are retried. */
  | { readonly kind: 'history-not-saved'; readonly error: string };

/** What was already said, and when saying it again becomes worthwhile. */
export interface NoticeMemory {
  /** Said since the last calibration: a new calibration (or asking for one) makes it news again. */
  readonly cameraMovedTold: boolean;
  /** Said during this stretch on the default camera: the chosen camera coming back ends it. */
  readonly cameraFallbackTold: boolean;
  /** Said during this failure streak: the next successful write ends it. */
  readonly historyFailureTold: boolean;
}

export const initialNoticeMemory: NoticeMemory = {
  cameraMovedTold: false,
  cameraFallbackTold: false,
  historyFailureTold: false,
};

export interface NoticeStep {
  readonly memory: NoticeMemory;
  readonly notices: readonly AppNotice[];
}

const quiet = (memory: NoticeMemory): NoticeStep => ({ memory, notices: [] });

/** The notices an event calls for, given what was already said. Pure. */
export function noticesFor(memory: NoticeMemory, event: AppEvent): NoticeStep {
  switch (event.type) {
    case 'posture':
      if (!event.report.recalibrationSuggested || memory.cameraMovedTold) return quiet(memory);
      return { memory: { ...memory, cameraMovedTold: true }, notices: [{ kind: 'camera-moved' }] };
    case 'calibration:requested':
    case 'calibration:saved':
      return quiet({ ...memory, cameraMovedTold: false });
    case 'monitor-status': {
      // Only a running monitor knows which camera it has; a pause in between is the same stretch.
      if (event.status.kind !== 'running') return quiet(memory);
      const fallback = event.status.cameraFallback === true;
      const next = { ...memory, cameraFallbackTold: fallback };
      if (!fallback || memory.cameraFallbackTold) return quiet(next);
      return { memory: next, notices: [{ kind: 'camera-fallback' }] };
    }
    case 'history:saved':
      return quiet({ ...memory, historyFailureTold: false });
    case 'history:not-saved':
      if (memory.historyFailureTold) return quiet(memory);
      return {
        memory: { ...memory, historyFailureTold: true },
        notices: [{ kind: 'history-not-saved', error: event.error }],
      };
    default:
      return quiet(memory);
  }
}
