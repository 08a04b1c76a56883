import type { MonitorStatus, PostureState } from './posture-status';

/** The coarse states the tray icon shows; each has its own icon (scripts/make-icons.ts). */
export const TRAY_STATES = [
  'starting',
  'upright',
  'slouching',
  'away',
  'paused',
  'break',
  'camera-problem',
] as const;

/** The coarse state the tray icon shows. */
export type TrayState = (typeof TRAY_STATES)[number];

/** Everything the tray and the windows need to show where Poise stands. Plain data. */
export interface AppStatus {
  readonly trayState: TrayState;
  /** One plain sentence, e.g. "Sitting well", "Paused until 14:30". */
  readonly statusLine: string;
  readonly posture: PostureState | null;
  readonly monitor: MonitorStatus;
  /** Epoch ms when a timed pause ends; null when not paused. */
  readonly pausedUntilMs: number | null;
  readonly onBreak: boolean;
  /** Epoch ms of the next scheduled break; null when none is scheduled. */
  readonly nextBreakAtMs: number | null;
}

export const initialAppStatus: AppStatus = {
  trayState: 'starting',
  statusLine: 'Starting…',
  posture: null,
  monitor: { kind: 'starting' },
  pausedUntilMs: null,
  onBreak: false,
  nextBreakAtMs: null,
};
