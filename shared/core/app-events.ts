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
  /** The break window finished its routine or was closed. */
  | { readonly type: 'break:finished' }
  /** A routine of `seconds` came on screen: the break's (`inBreak`), or one from the library. */
  | { readonly type: 'routine:started'; readonly seconds: number; readonly inBreak: boolean }
  /** A routine played from the library left the screen. */
  | { readonly type: 'routine:stopped' }
  | { readonly type: 'settings'; readonly settings: Settings }
  | { readonly type: 'fullscreen'; readonly on: boolean }
  | { readonly type: 'dnd'; readonly on: boolean }
  /** Another application is using the microphone or the camera (a call, most likely). */
  | { readonly type: 'call'; readonly on: boolean }
  | { readonly type: 'monitor-status'; readonly status: MonitorStatus };

/**
 * The core event for a tray/IPC command, or null for commands that are only about windows
 * (open dashboard, settings, quit, recalibrate) and never reach the core.
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
    default:
      return null;
  }
}
