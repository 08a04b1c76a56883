import type { MonitorStatus, PostureState } from './posture-status';
import type { PostureWatching } from './posture-watching';

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
  /**
   * How the person sits now on their own scale, 0..1 with their slouch line at 0.5 (rounded to
   * hundredths so the status does not change with every flicker); null without a fresh verdict.
   */
  readonly slouchScore: number | null;
  /** Why Poise says what it says, in words (the classifier's first reason); null when nothing to say. */
  readonly postureReason: string | null;
  readonly monitor: MonitorStatus;
  /** Epoch ms when a timed pause ends; null when not paused. */
  readonly pausedUntilMs: number | null;
  readonly onBreak: boolean;
  /** Epoch ms of the next scheduled break; null when none is scheduled. */
  readonly nextBreakAtMs: number | null;
  /** Whether the person agreed to posture watching: the tray offers setup until they did. */
  readonly watching: PostureWatching;
}

export const initialAppStatus: AppStatus = {
  trayState: 'starting',
  statusLine: 'Starting…',
  posture: null,
  slouchScore: null,
  postureReason: null,
  monitor: { kind: 'starting' },
  pausedUntilMs: null,
  onBreak: false,
  nextBreakAtMs: null,
  // Until the core says otherwise: offering setup for a moment to someone set up would jar.
  watching: 'on',
};
