import type { EventChannel, EventPayloads } from '../ipc/contract';
import type { HistoryStore } from '../core/history/history-store';
import type { PatchResult, SettingsPatch } from '../core/settings/patch';
import type { Settings } from '../core/settings/schema';
import type { Baseline } from '../../renderer/posture/baseline';

/**
 * The narrow ports the app controller needs. Electron's main process and the browser host each
 * provide them; the controller itself never touches Electron or the DOM.
 */
export interface Clock {
  now(): number;
}

export interface Ticker {
  /** Call `tick` every `ms`; returns a stop function. */
  every(ms: number, tick: () => void): () => void;
}

export interface LocalTime {
  /** "14:30" in the user's locale and time zone. */
  formatTime(ms: number): string;
  /** Minutes east of UTC at that instant (follows daylight saving time). */
  utcOffsetMinutes(ms: number): number;
}

export interface Notifier {
  notify(title: string, body: string): void;
}

export interface SettingsPort {
  get(): Settings;
  update(patch: SettingsPatch): PatchResult;
  onChange(listener: (settings: Settings) => void): () => void;
}

/** Calibration baselines per camera, one per place it was calibrated in, kept beside the settings. */
export interface BaselinePort {
  /** The camera's calibrated places, most recent first; empty when it was never calibrated. */
  get(cameraId: string): Promise<Baseline[]>;
  save(baseline: Baseline): Promise<void>;
}

export interface Broadcaster {
  emit<C extends EventChannel>(channel: C, payload: EventPayloads[C]): void;
}

/** What only the platform can do: windows and process lifetime. */
export interface Shell {
  openDashboard(): void;
  openSettings(): void;
  openOnboarding(): void;
  /** The app window on its guided recalibration view. */
  openRecalibration(): void;
  openBreak(kind: 'micro' | 'long'): void;
  closeBreak(): void;
  /** The soft glow at the screen edge (an overlay window on the desktop, a page layer in a browser). */
  showGlow(on: boolean): void;
  quit(): void;
}

export interface ControllerPorts {
  readonly clock: Clock;
  readonly ticker: Ticker;
  readonly localTime: LocalTime;
  readonly notifier: Notifier;
  readonly settings: SettingsPort;
  readonly baselines: BaselinePort;
  readonly history: HistoryStore;
  readonly broadcast: Broadcaster;
  readonly shell: Shell;
}
