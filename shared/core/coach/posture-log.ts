import type { HistoryFact } from '../app-effects';
import type { PostureState } from '../posture-status';
import { MINUTE_MS, minuteStartOf } from '../history/minute';

/**
 * Turns the stream of verdicts into posture spans for history. A span closes when the verdict
 * changes or stops, and is also cut at every minute boundary, so each fact belongs to exactly one
 * minute and a long steady stretch is still recorded as it goes (a crash loses at most a minute).
 */
export type PostureLog = { readonly state: PostureState; readonly sinceMs: number } | null;

export type PostureFact = Extract<HistoryFact, { kind: 'posture' }>;

/**
 * `next`: the new verdict, `null` when verdicts stopped, `undefined` when only time passed.
 */
export function advancePostureLog(
  log: PostureLog,
  nowMs: number,
  next: PostureState | null | undefined,
): { log: PostureLog; facts: PostureFact[] } {
  const facts: PostureFact[] = [];
  let open = log;
  while (open !== null) {
    const boundary = minuteStartOf(open.sinceMs) + MINUTE_MS;
    if (boundary > nowMs) break;
    facts.push({ kind: 'posture', state: open.state, fromMs: open.sinceMs, toMs: boundary });
    open = { state: open.state, sinceMs: boundary };
  }
  if (next === undefined || (open !== null && next === open.state)) return { log: open, facts };
  if (open !== null && nowMs > open.sinceMs) {
    facts.push({ kind: 'posture', state: open.state, fromMs: open.sinceMs, toMs: nowMs });
  }
  return { log: next === null ? null : { state: next, sinceMs: nowMs }, facts };
}
