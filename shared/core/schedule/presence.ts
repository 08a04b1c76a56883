import { MINUTE_MS } from '../history/minute';

/**
 * Is the person at the desk? Several signals, each with its own failure: the camera can miss
 * someone reading close to the screen, idle time cannot tell reading from being gone. So:
 *
 * - the camera saying 'away' makes the person absent from that moment;
 * - system idle time makes them absent only when the camera is not seeing anyone (no fresh
 *   upright/slouching/uncertain verdict): someone reading without touching the keyboard is present;
 * - a locked screen or a sleeping machine (announced, or a gap in the events) is absence too.
 *
 * An absence of `naturalBreakMinutes` is a natural break and resets the micro-break timer; one that
 * also lasts the long break's duration resets the long timer too. Each reset happens once per absence.
 */
export const IDLE_ABSENT_AFTER_SECONDS = 60;
/** A verdict older than this no longer shows the person is there. */
export const PRESENCE_FRESH_MS = 15_000;

export interface PresenceState {
  readonly cameraAwaySinceMs: number | null;
  /** Last time the camera saw a person (any verdict but 'away'). */
  readonly lastSeenMs: number | null;
  readonly idleSinceMs: number | null;
  /** The absence in progress and which natural-break resets it already gave. */
  readonly absence: {
    readonly sinceMs: number;
    readonly microReset: boolean;
    readonly longReset: boolean;
  } | null;
}

export const initialPresence: PresenceState = {
  cameraAwaySinceMs: null,
  lastSeenMs: null,
  idleSinceMs: null,
  absence: null,
};

export function observeVerdict(p: PresenceState, away: boolean, nowMs: number): PresenceState {
  if (away) return { ...p, cameraAwaySinceMs: p.cameraAwaySinceMs ?? nowMs };
  return { ...p, cameraAwaySinceMs: null, lastSeenMs: nowMs };
}

export function observeIdle(p: PresenceState, idleSeconds: number, nowMs: number): PresenceState {
  if (idleSeconds < IDLE_ABSENT_AFTER_SECONDS) return { ...p, idleSinceMs: null };
  const since = nowMs - idleSeconds * 1000;
  return { ...p, idleSinceMs: Math.min(p.idleSinceMs ?? since, since) };
}

/** The camera stopped: what it said no longer holds. */
export const forgetCamera = (p: PresenceState): PresenceState => ({
  ...p,
  cameraAwaySinceMs: null,
  lastSeenMs: null,
});

/**
 * Since when the person has been absent, or null. `powerAbsentSinceMs` is the start of a lock,
 * sleep or event gap, from the caller.
 */
export function absentSince(
  p: PresenceState,
  powerAbsentSinceMs: number | null,
  nowMs: number,
): number | null {
  const cameraSeesSomeone = p.lastSeenMs !== null && nowMs - p.lastSeenMs <= PRESENCE_FRESH_MS;
  const sources = [
    p.cameraAwaySinceMs,
    cameraSeesSomeone ? null : p.idleSinceMs,
    powerAbsentSinceMs,
  ];
  const starts = sources.filter((t): t is number => t !== null);
  return starts.length === 0 ? null : Math.min(...starts);
}

export interface NaturalBreakCheck {
  readonly presence: PresenceState;
  /** Which timers to reset now, if any. */
  readonly reset: { readonly long: boolean; readonly absentMs: number } | null;
}

/** Track the absence in progress and say when it becomes a natural break. */
export function checkNaturalBreak(
  p: PresenceState,
  since: number | null,
  naturalBreakMinutes: number,
  longDurationMinutes: number,
  nowMs: number,
): NaturalBreakCheck {
  if (since === null)
    return { presence: p.absence === null ? p : { ...p, absence: null }, reset: null };
  const absence =
    p.absence === null
      ? { sinceMs: since, microReset: false, longReset: false }
      : { ...p.absence, sinceMs: Math.min(p.absence.sinceMs, since) };
  const absentMs = nowMs - absence.sinceMs;
  const microDue = !absence.microReset && absentMs >= naturalBreakMinutes * MINUTE_MS;
  const longDue =
    !absence.longReset &&
    absentMs >= Math.max(naturalBreakMinutes, longDurationMinutes) * MINUTE_MS;
  if (!microDue && !longDue) return { presence: { ...p, absence }, reset: null };
  return {
    presence: {
      ...p,
      absence: { ...absence, microReset: true, longReset: absence.longReset || longDue },
    },
    reset: { long: longDue, absentMs },
  };
}
