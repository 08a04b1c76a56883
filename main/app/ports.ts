import type { EventChannel, EventPayloads } from '../ipc/contract';
import type { PatchResult, SettingsPatch } from '../core/settings/patch';
import type { Settings } from '../core/settings/schema';

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
  /** Epoch ms of the next local morning (used by "pause until tomorrow"). */
  nextMorning(nowMs: number): number;
}

export interface Notifier {
  notify(title: string, body: string): void;
}

export interface SettingsPort {
  get(): Settings;
  update(patch: SettingsPatch): PatchResult;
  onChange(listener: (settings: Settings) => void): () => void;
}

export interface Broadcaster {
  emit<C extends EventChannel>(channel: C, payload: EventPayloads[C]): void;
}

/** What only the platform can do: windows and process lifetime. */
export interface Shell {
  openDashboard(): void;
  openSettings(): void;
  openBreak(kind: 'micro' | 'long'): void;
  closeBreak(): void;
  quit(): void;
}

export interface ControllerPorts {
  readonly clock: Clock;
  readonly ticker: Ticker;
  readonly localTime: LocalTime;
  readonly notifier: Notifier;
  readonly settings: SettingsPort;
  readonly broadcast: Broadcaster;
  readonly shell: Shell;
}
