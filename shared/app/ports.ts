import type { EventChannel, EventPayloads } from '../ipc/contract';
import type { HistoryStore } from '../core/history/history-store';
import type { PatchResult, SettingsPatch } from '../core/settings/patch';
import type { Settings } from '../core/settings/schema';
import type { Baseline } from '../posture/baseline';

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
  /**
   * The person's IANA time zone now ("Europe/Berlin"); asked every tick, so a change of zone while
   * running is followed. The core's calendar derives daylight saving from it.
   */
  timeZone(): string;
}

/**
 * The system's preferred locales, most preferred first: Electron's
 * app.getPreferredSystemLanguages(), a page's navigator.languages. With the language setting they
 * choose the words and the clock the person sees (shared/core/i18n/wording.ts).
 */
export interface SystemLanguages {
  systemLocales(): readonly string[];
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
  readonly languages: SystemLanguages;
  readonly notifier: Notifier;
  readonly settings: SettingsPort;
  readonly baselines: BaselinePort;
  readonly history: HistoryStore;
  readonly broadcast: Broadcaster;
  readonly shell: Shell;
}
