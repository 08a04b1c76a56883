import type { PostureState } from '../posture-status';
import { addFact, closeMinute, type OpenMinute } from './aggregate';
import type { HistoryFact } from './facts';
import { isEmptyMinute, MINUTE_MS, type MinuteAggregate } from './minute';

/**
 * The live side of history in the main process: posture observations and events go in, completed
 * minutes come out (to be appended to storage). Pure: every function returns a new state.
 *
 *   let rec = initialRecorder();
 *   rec = observePosture(rec, report.state, report.timeMs);     // each PostureReport
 *   rec = recordEvent(rec, { type: 'nudge', atMs: now });        // coach / scheduler events
 *   const { state, completed } = closeCompletedMinutes(rec, now); // on a timer, e.g. every 10 s
 */
export interface RecorderState {
  readonly open: ReadonlyMap<number, OpenMinute>;
  /** The posture last observed and since when it has been counted; null while not monitoring. */
  readonly current: { readonly state: PostureState; readonly sinceMs: number } | null;
}

/**
 * A gap between observations longer than this is not counted: the monitor was stopped, the
 * machine slept, or the app hung, and nobody knows what the person did.
 */
export const MAX_OBSERVATION_GAP_MS = 30_000;

export const initialRecorder = (): RecorderState => ({ open: new Map(), current: null });

/** Count the current posture up to atMs (capped by the gap rule). */
function accrue(state: RecorderState, atMs: number): RecorderState {
  const { current } = state;
  if (!current || atMs <= current.sinceMs) return state;
  const toMs = Math.min(atMs, current.sinceMs + MAX_OBSERVATION_GAP_MS);
  const open = addFact(state.open, {
    type: 'posture',
    state: current.state,
    fromMs: current.sinceMs,
    toMs,
  });
  return { open, current: { state: current.state, sinceMs: atMs } };
}

export function observePosture(
  state: RecorderState,
  posture: PostureState,
  atMs: number,
): RecorderState {
  const accrued = accrue(state, atMs);
  return {
    open: accrued.open,
    current: { state: posture, sinceMs: Math.max(atMs, accrued.current?.sinceMs ?? atMs) },
  };
}

/** Monitoring stopped (pause, lock, suspend, break, quit): stop counting posture time. */
export function observeStop(state: RecorderState, atMs: number): RecorderState {
  return { open: accrue(state, atMs).open, current: null };
}

export function recordEvent(
  state: RecorderState,
  fact: Exclude<HistoryFact, { type: 'posture' }>,
): RecorderState {
  return { ...state, open: addFact(state.open, fact) };
}

/**
 * Close every minute that ended at or before nowMs. Empty minutes are dropped (nothing to store).
 * Crash safety follows from calling this often: only the still-open minute lives in memory.
 */
export function closeCompletedMinutes(
  state: RecorderState,
  nowMs: number,
): { state: RecorderState; completed: MinuteAggregate[] } {
  const accrued = accrue(state, nowMs);
  const open = new Map(accrued.open);
  const completed: MinuteAggregate[] = [];
  for (const [start, minute] of [...open].sort(([a], [b]) => a - b)) {
    if (start + MINUTE_MS > nowMs) continue;
    open.delete(start);
    const closed = closeMinute(minute);
    if (!isEmptyMinute(closed)) completed.push(closed);
  }
  return { state: { open, current: accrued.current }, completed };
}

/** At quit: close everything, including the partial current minute (it merges on read if resumed). */
export function flushAll(state: RecorderState, nowMs: number): MinuteAggregate[] {
  const stopped = observeStop(state, nowMs);
  return closeCompletedMinutes(stopped, Number.POSITIVE_INFINITY).completed;
}
