import { addFact, closeMinute, type OpenMinute } from './aggregate';
import type { HistoryFact } from './facts';
import { isEmptyMinute, MINUTE_MS, type MinuteAggregate } from './minute';

/**
 * The live side of history (driven by shared/app/history-pipeline.ts): facts go in (the app core's
 * `record` effects, routine completions included), completed minutes come out, to be appended to
 * storage. Pure.
 *
 *   let rec = initialRecorder();
 *   rec = recordFact(rec, effect.fact);                          // each { type: 'record' } effect
 *   const { state, completed } = closeCompletedMinutes(rec, now); // on every tick
 *   await writer.write(completed);                               // RetryingHistoryWriter
 *
 * Crash safety follows from closing minutes as soon as they end: only the open minute is in memory.
 */
export interface RecorderState {
  readonly open: ReadonlyMap<number, OpenMinute>;
}

export const initialRecorder = (): RecorderState => ({ open: new Map() });

export function recordFact(state: RecorderState, fact: HistoryFact): RecorderState {
  return { open: addFact(state.open, fact) };
}

/** Close every minute that ended at or before nowMs. Empty minutes are dropped (nothing to store). */
export function closeCompletedMinutes(
  state: RecorderState,
  nowMs: number,
): { state: RecorderState; completed: MinuteAggregate[] } {
  const open = new Map(state.open);
  const completed: MinuteAggregate[] = [];
  for (const [start, minute] of [...open].sort(([a], [b]) => a - b)) {
    if (start + MINUTE_MS > nowMs) continue;
    open.delete(start);
    const closed = closeMinute(minute);
    if (!isEmptyMinute(closed)) completed.push(closed);
  }
  return { state: { open }, completed };
}

/**
 * At quit: close everything, including the partial current minute. If the app starts again within
 * the same minute, the two records of that minute are summed on read (normaliseMinutes).
 */
export const flushAll = (state: RecorderState): MinuteAggregate[] =>
  closeCompletedMinutes(state, Number.POSITIVE_INFINITY).completed;
