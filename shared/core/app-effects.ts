import type { AppNotice } from './notices';
import type { PostureState } from './posture-status';

/**
 * What the app core asks the outside world to do: plain data, carried out by the Electron main
 * process or the browser host. Nothing here is a function or a handle.
 */
export type NudgeLevel = 'tray' | 'notification' | 'glow' | 'sound';
export type BreakKind = 'micro' | 'long';
export type BreakOutcome = 'taken' | 'postponed' | 'skipped';
/** Who uses the camera: the background monitor, or a calibration page that holds it. */
export type CameraMode = 'normal' | 'calibrating';

/**
 * Facts for history (minute aggregation is history's job). Posture spans never cross a minute
 * boundary, so an aggregator can add each one to a single minute.
 */
export type HistoryFact =
  | {
      readonly kind: 'posture';
      readonly state: PostureState;
      readonly fromMs: number;
      readonly toMs: number;
    }
  | { readonly kind: 'nudge'; readonly level: NudgeLevel; readonly atMs: number }
  | { readonly kind: 'stretch-suggested'; readonly atMs: number }
  | {
      readonly kind: 'break';
      readonly breakKind: BreakKind;
      readonly outcome: BreakOutcome;
      readonly atMs: number;
    }
  | { readonly kind: 'natural-break'; readonly atMs: number; readonly absentMs: number }
  /** A routine ran to its end, in a break or from the library. */
  | { readonly kind: 'routine-finished'; readonly routineId: string; readonly atMs: number };

export type AppEffect =
  /**
   * Show a nudge at this level (the tray icon itself follows describeStatus). `reason` is the
   * classifier's reason as a metric id (or null): the host puts it into words (nudge-messages.ts).
   */
  | { readonly type: 'nudge'; readonly level: NudgeLevel; readonly reason: string | null }
  /** Take down whatever nudge is showing (notification, glow, sound loop). */
  | { readonly type: 'nudge:clear' }
  /** The person sat up after a nudge: a short, quiet thank-you. */
  | { readonly type: 'acknowledge' }
  /** Slouching keeps coming back: offer a stretch break instead of another nudge. */
  | { readonly type: 'suggest-stretch' }
  | { readonly type: 'break:heads-up'; readonly kind: BreakKind; readonly inSeconds: number }
  | {
      readonly type: 'break:start';
      readonly kind: BreakKind;
      readonly durationSeconds: number;
      /** Share of present time spent slouching since the last break, 0..1 (for routine choice). */
      readonly recentSlouchShare: number;
      /** Set when the recent slouching suggests chest openers and thoracic extension. */
      readonly suggestedFocus?: 'posture';
    }
  | { readonly type: 'break:end'; readonly kind: BreakKind; readonly outcome: BreakOutcome }
  /**
   * Turn the camera on or off, for the background monitor or for a calibration page (`mode`);
   * emitted only when either changes.
   */
  | { readonly type: 'camera'; readonly on: boolean; readonly mode: CameraMode }
  | { readonly type: 'record'; readonly fact: HistoryFact }
  /** Tell the person something once (notices.ts decides when; the host words it). */
  | { readonly type: 'notice'; readonly notice: AppNotice };
