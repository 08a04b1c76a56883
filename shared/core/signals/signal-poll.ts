/**
 * The platform signals Poise polls besides the screen lock (screen-lock.ts): another app
 * fullscreen or presenting, do-not-disturb / focus, and a call (another app using the microphone
 * or the camera). Each poll reads true, false or 'unknown' (the source could not be read this
 * time: a command timed out, a file was mid-write); observeSignal turns the readings into one
 * `on` and one `off` per stretch, so the core hears each change once.
 *
 * 'unknown' keeps what was known, but not for ever: a source that stops answering while the
 * signal is on would otherwise keep Poise quiet for the rest of the day, so after
 * UNKNOWN_READINGS_BEFORE_OFF unknown readings in a row the signal counts as off.
 */
export const PLATFORM_SIGNALS = ['fullscreen', 'dnd', 'call'] as const;
export type PlatformSignal = (typeof PLATFORM_SIGNALS)[number];

/** Whether each signal can be read on this system (desktop, session, installed tools). */
export type SignalAvailability = Readonly<Record<PlatformSignal, boolean>>;

export const NO_SIGNALS: SignalAvailability = { fullscreen: false, dnd: false, call: false };

/** The signals this system cannot read, in a fixed order (what Settings lists). */
export const unavailableSignals = (availability: SignalAvailability): PlatformSignal[] =>
  PLATFORM_SIGNALS.filter((signal) => !availability[signal]);

export type SignalReading = boolean | 'unknown';

export interface SignalState {
  readonly on: boolean;
  /** Unknown readings in a row. */
  readonly unknownStreak: number;
}

export const initialSignal: SignalState = { on: false, unknownStreak: 0 };
export const UNKNOWN_READINGS_BEFORE_OFF = 3;

export interface SignalStep {
  readonly state: SignalState;
  /** The change to tell the core about, if any. */
  readonly change: boolean | null;
}

export function observeSignal(state: SignalState, reading: SignalReading): SignalStep {
  if (reading === 'unknown') {
    const unknownStreak = state.unknownStreak + 1;
    if (state.on && unknownStreak >= UNKNOWN_READINGS_BEFORE_OFF)
      return { state: { on: false, unknownStreak }, change: false };
    return { state: { ...state, unknownStreak }, change: null };
  }
  return {
    state: { on: reading, unknownStreak: 0 },
    change: reading === state.on ? null : reading,
  };
}

/** Any of several readings of one signal (a microphone and a camera): true wins, then unknown. */
export function anyReading(readings: readonly SignalReading[]): SignalReading {
  if (readings.includes(true)) return true;
  if (readings.includes('unknown')) return 'unknown';
  return false;
}
