import type { AppEffect, BreakKind, BreakOutcome } from '../app-effects';
import { MINUTE_MS } from '../history/minute';
import type { Settings } from '../settings/schema';

/**
 * The break scheduler: a pure state machine over *work time*, not wall time.
 *
 * - Each break kind has a counter of work time since its last break. Work time accrues only while
 *   the person is working (see respect/interruptions.ts `isWorkTime`): never asleep, locked,
 *   paused, away or outside working hours. That is what makes timers survive suspend: nothing is
 *   counted while the machine sleeps, and nothing that was counted is forgotten.
 * - When the next break is `headsUpSeconds` of work away and interrupting is allowed, a heads-up is
 *   shown; the break starts when that time has passed. A break that falls due while interrupting
 *   is not allowed (fullscreen, do-not-disturb, away...) waits, and gets a fresh heads-up when it
 *   is allowed again: it is never dropped.
 * - A long break supersedes a micro break due within SUPERSEDE_WINDOW_MS before it, and resets
 *   both counters; a micro break resets only its own.
 * - Postpone (at most `maxPostpones` times per break) moves the break `postponeMinutes` of work
 *   time away; skip (when `allowSkip`) resets the counter as if the break had been taken.
 * - A natural break (absence long enough, see app-state.ts) resets the counters.
 * - A break that plays a routine lasts as long as the routine (routine-hold.ts).
 */
export const SUPERSEDE_WINDOW_MS = 5 * MINUTE_MS;

export type SchedulerPhase =
  | { readonly kind: 'counting' }
  | { readonly kind: 'heads-up'; readonly breakKind: BreakKind; readonly startsAtMs: number }
  | {
      readonly kind: 'on-break';
      readonly breakKind: BreakKind;
      readonly startedAtMs: number;
      readonly endsAtMs: number;
      /** A routine plays this break and ends it; `endsAtMs` is then only the backstop. */
      readonly routine: boolean;
    };

export interface SchedulerState {
  readonly microWorkMs: number;
  readonly longWorkMs: number;
  /** Postpones used for the upcoming break; back to 0 once a break is taken or skipped. */
  readonly postponesUsed: number;
  readonly phase: SchedulerPhase;
}

export const initialSchedulerState: SchedulerState = {
  microWorkMs: 0,
  longWorkMs: 0,
  postponesUsed: 0,
  phase: { kind: 'counting' },
};

export interface SchedulerStep {
  readonly state: SchedulerState;
  readonly effects: readonly AppEffect[];
}

type Breaks = Settings['breaks'];

const intervalMs = (breaks: Breaks, kind: BreakKind): number =>
  (kind === 'micro' ? breaks.microEveryMinutes : breaks.longEveryMinutes) * MINUTE_MS;

/** How long a break of this kind lasts. */
export const breakDurationMs = (breaks: Breaks, kind: BreakKind): number =>
  kind === 'micro' ? breaks.microDurationSeconds * 1000 : breaks.longDurationMinutes * MINUTE_MS;

const enabled = (breaks: Breaks, kind: BreakKind): boolean =>
  kind === 'micro' ? breaks.microEnabled : breaks.longEnabled;

/** Which break comes next and how much work time is left before it; null if breaks are off. */
export function nextBreak(
  state: SchedulerState,
  breaks: Breaks,
): { kind: BreakKind; remainingMs: number } | null {
  const micro = breaks.microEnabled ? intervalMs(breaks, 'micro') - state.microWorkMs : null;
  const long = breaks.longEnabled ? intervalMs(breaks, 'long') - state.longWorkMs : null;
  if (long !== null && (micro === null || long <= micro + SUPERSEDE_WINDOW_MS))
    return { kind: 'long', remainingMs: long };
  if (micro !== null) return { kind: 'micro', remainingMs: micro };
  return null;
}

/** Count `ms` of work time. Nothing counts during a break. */
export function accrueWork(state: SchedulerState, ms: number): SchedulerState {
  if (ms <= 0 || state.phase.kind === 'on-break') return state;
  return { ...state, microWorkMs: state.microWorkMs + ms, longWorkMs: state.longWorkMs + ms };
}

/** The person was away long enough to rest: reset the counters (the long one only if `long`). */
export function naturalBreak(state: SchedulerState, long: boolean): SchedulerState {
  if (state.phase.kind === 'on-break') return state;
  return {
    microWorkMs: 0,
    longWorkMs: long ? 0 : state.longWorkMs,
    postponesUsed: 0,
    phase: { kind: 'counting' },
  };
}

function startBreak(
  state: SchedulerState,
  breaks: Breaks,
  kind: BreakKind,
  recentSlouchShare: number,
  nowMs: number,
): SchedulerStep {
  const duration = breakDurationMs(breaks, kind);
  const share = Math.min(1, Math.max(0, recentSlouchShare));
  return {
    state: {
      microWorkMs: 0,
      longWorkMs: kind === 'long' ? 0 : state.longWorkMs,
      postponesUsed: 0,
      phase: {
        kind: 'on-break',
        breakKind: kind,
        startedAtMs: nowMs,
        endsAtMs: nowMs + duration,
        routine: false,
      },
    },
    effects: [
      {
        type: 'break:start',
        kind,
        durationSeconds: Math.round(duration / 1000),
        recentSlouchShare: share,
        // A slouchy stretch of work calls for chest openers and thoracic extension.
        ...(share >= POSTURE_FOCUS_SHARE ? { suggestedFocus: 'posture' as const } : {}),
      },
    ],
  };
}

/** Slouching share of present time above which a break suggests posture-focused exercises. */
export const POSTURE_FOCUS_SHARE = 0.25;

const recorded = (kind: BreakKind, outcome: BreakOutcome, nowMs: number): AppEffect => ({
  type: 'record',
  fact: { kind: 'break', breakKind: kind, outcome, atMs: nowMs },
});

const ended = (kind: BreakKind, outcome: BreakOutcome, nowMs: number): AppEffect[] => [
  { type: 'break:end', kind, outcome },
  recorded(kind, outcome, nowMs),
];

/** A break in progress ends; one only announced is just recorded. */
const dismissed = (
  phase: SchedulerPhase,
  kind: BreakKind,
  outcome: BreakOutcome,
  nowMs: number,
): AppEffect[] =>
  phase.kind === 'on-break' ? ended(kind, outcome, nowMs) : [recorded(kind, outcome, nowMs)];

/** Advance by time: end a finished break, show a heads-up, start a due break. Call after every event. */
export function schedulerEvaluate(
  state: SchedulerState,
  breaks: Breaks,
  mayInterrupt: boolean,
  recentSlouchShare: number,
  nowMs: number,
): SchedulerStep {
  const phase = state.phase;
  if (phase.kind === 'on-break') {
    if (nowMs < phase.endsAtMs) return { state, effects: [] };
    return {
      state: { ...state, phase: { kind: 'counting' } },
      effects: ended(phase.breakKind, 'taken', nowMs),
    };
  }
  if (phase.kind === 'heads-up') {
    // Withdrawn when interrupting stops being allowed; a fresh heads-up comes when it is again.
    if (!mayInterrupt || !enabled(breaks, phase.breakKind))
      return { state: { ...state, phase: { kind: 'counting' } }, effects: [] };
    if (nowMs < phase.startsAtMs) return { state, effects: [] };
    return startBreak(state, breaks, phase.breakKind, recentSlouchShare, nowMs);
  }
  const next = nextBreak(state, breaks);
  if (next === null || !mayInterrupt) return { state, effects: [] };
  const headsUpMs = breaks.headsUpSeconds * 1000;
  if (next.remainingMs > headsUpMs) return { state, effects: [] };
  if (headsUpMs === 0) return startBreak(state, breaks, next.kind, recentSlouchShare, nowMs);
  // On time: the heads-up covers the work time left. Overdue (it waited): a full heads-up.
  const leadMs = next.remainingMs > 0 ? next.remainingMs : headsUpMs;
  return {
    state: {
      ...state,
      phase: { kind: 'heads-up', breakKind: next.kind, startsAtMs: nowMs + leadMs },
    },
    effects: [{ type: 'break:heads-up', kind: next.kind, inSeconds: Math.ceil(leadMs / 1000) }],
  };
}

/** The person asked for a break now (tray, prompt, stretch suggestion). */
export function takeBreakNow(
  state: SchedulerState,
  breaks: Breaks,
  kind: BreakKind | undefined,
  recentSlouchShare: number,
  nowMs: number,
): SchedulerStep {
  if (state.phase.kind === 'on-break') return { state, effects: [] };
  // An announced long break is not swapped for a micro one (the tray's "take a break" asks for
  // micro); otherwise the request wins, then the announced break, then the next one due.
  const announced = state.phase.kind === 'heads-up' ? state.phase.breakKind : null;
  const chosen: BreakKind =
    announced === 'long'
      ? 'long'
      : (kind ?? announced ?? nextBreak(state, breaks)?.kind ?? 'micro');
  return startBreak(state, breaks, chosen, recentSlouchShare, nowMs);
}

/** Postpones left for the upcoming break (what the prompt shows). */
export const postponesLeft = (state: SchedulerState, breaks: Breaks): number =>
  Math.max(0, breaks.maxPostpones - state.postponesUsed);

const promptKind = (phase: SchedulerPhase): BreakKind | null =>
  phase.kind === 'heads-up' || phase.kind === 'on-break' ? phase.breakKind : null;

/** Postpone the break being announced or in progress; ignored when no postpones are left. */
export function postponeBreak(state: SchedulerState, breaks: Breaks, nowMs: number): SchedulerStep {
  const kind = promptKind(state.phase);
  if (kind === null || postponesLeft(state, breaks) === 0) return { state, effects: [] };
  const workMs = Math.max(0, intervalMs(breaks, kind) - breaks.postponeMinutes * MINUTE_MS);
  return {
    state: {
      microWorkMs: kind === 'micro' ? workMs : state.microWorkMs,
      longWorkMs: kind === 'long' ? workMs : state.longWorkMs,
      postponesUsed: state.postponesUsed + 1,
      phase: { kind: 'counting' },
    },
    effects: dismissed(state.phase, kind, 'postponed', nowMs),
  };
}

/** Skip the break being announced or in progress; ignored unless skipping is allowed. */
export function skipBreak(state: SchedulerState, breaks: Breaks, nowMs: number): SchedulerStep {
  const kind = promptKind(state.phase);
  if (kind === null || !breaks.allowSkip) return { state, effects: [] };
  return {
    state: {
      microWorkMs: 0,
      longWorkMs: kind === 'long' ? 0 : state.longWorkMs,
      postponesUsed: 0,
      phase: { kind: 'counting' },
    },
    effects: dismissed(state.phase, kind, 'skipped', nowMs),
  };
}

/** The break window says the routine is done (or was closed): the break counts as taken. */
export function finishBreak(state: SchedulerState, nowMs: number): SchedulerStep {
  if (state.phase.kind !== 'on-break') return { state, effects: [] };
  return {
    state: { ...state, phase: { kind: 'counting' } },
    effects: ended(state.phase.breakKind, 'taken', nowMs),
  };
}
