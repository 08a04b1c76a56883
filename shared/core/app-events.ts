import type { AppCommand } from './commands';
import type { BreakKind } from './app-effects';
import type { MonitorStatus, PostureReport } from './posture-status';
import type { Settings } from './settings/schema';

/** Everything that can happen to the app core. The caller supplies the time with each step. */
export type AppEvent =
  | { readonly type: 'posture'; readonly report: PostureReport }
  /**
   * Sent about once a second; may carry the person's IANA time zone ("Europe/Berlin"), so working
   * hours and "until tomorrow" follow daylight saving and a zone change from the next tick on.
   */
  | { readonly type: 'tick'; readonly timeZone?: string }
  | { readonly type: 'power'; readonly what: 'suspend' | 'resume' | 'lock' | 'unlock' }
  /** Seconds since the last keyboard/mouse input (powerMonitor.getSystemIdleTime). */
  | { readonly type: 'idle'; readonly idleSeconds: number }
  /** Pause until an epoch ms, or until the next local morning. */
  | { readonly type: 'pause'; readonly until: number | 'tomorrow' }
  | { readonly type: 'resume' }
  | { readonly type: 'break:take-now'; readonly kind?: BreakKind }
  | { readonly type: 'break:postpone' }
  | { readonly type: 'break:skip' }
  /**
   * The break window finished its routine or was closed; `routineId` when its routine ran to the
   * end (it counts in history).
   */
  | { readonly type: 'break:finished'; readonly routineId?: string }
  /** A routine of `seconds` came on screen: the break's (`inBreak`), or one from the library. */
  | { readonly type: 'routine:started'; readonly seconds: number; readonly inBreak: boolean }
  /** A routine played from the library left the screen. */
  | { readonly type: 'routine:stopped' }
  /** A routine played from the library ran to its end (it counts in history). */
  | { readonly type: 'routine:finished'; readonly routineId: string }
  /** A calibration page opened (on) or closed (off) its own camera; the monitor stands aside. */
  | { readonly type: 'calibration:hold'; readonly on: boolean }
  /** The person asked to recalibrate (the guided recalibration opens). */
  | { readonly type: 'calibration:requested' }
  /** A new calibration was saved. */
  | { readonly type: 'calibration:saved' }
  /** History was written (the failure streak, if any, is over). */
  | { readonly type: 'history:saved' }
  /** History could not be written; the minutes are kept and retried. */
  | { readonly type: 'history:not-saved'; readonly error: string }
  | { readonly type: 'settings'; readonly settings: Settings }
  | { readonly type: 'fullscreen'; readonly on: boolean }
  | { readonly type: 'dnd'; readonly on: boolean }
  /** Another application is using the microphone or the camera (a call, most likely). */
  | { readonly type: 'call'; readonly on: boolean }
  | { readonly type: 'monitor-status'; readonly status: MonitorStatus };

/**
 * The core event for a tray/IPC command, or null for commands that are only about windows
 * (open dashboard, settings, onboarding, quit) and never reach the core. Recalibrate is both: it
 * opens a window, and it makes a moved camera worth mentioning again.
 */
export function eventForCommand(command: AppCommand, nowMs: number): AppEvent | null {
  switch (command.type) {
    case 'pause':
      return { type: 'pause', until: nowMs + command.minutes * 60_000 };
    case 'pause-until-tomorrow':
      return { type: 'pause', until: 'tomorrow' };
    case 'resume':
      return { type: 'resume' };
    case 'take-break':
      return { type: 'break:take-now', kind: command.kind };
    case 'postpone-break':
      return { type: 'break:postpone' };
    case 'skip-break':
      return { type: 'break:skip' };
    case 'routine-started':
      return { type: 'routine:started', seconds: command.seconds, inBreak: command.inBreak };
    case 'routine-stopped':
      return { type: 'routine:stopped' };
    case 'routine-done':
      return { type: 'routine:finished', routineId: command.routineId };
    case 'finish-break':
      return command.completed && command.routineId !== undefined
        ? { type: 'break:finished', routineId: command.routineId }
        : { type: 'break:finished' };
    case 'recalibrate':
      return { type: 'calibration:requested' };
    case 'calibration-hold':
      return { type: 'calibration:hold', on: command.on };
    default:
      return null;
  }
}
