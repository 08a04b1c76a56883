import type { PostureState } from '../posture-status';

/**
 * What history is made of. The main process turns coach and scheduler events into these facts;
 * the aggregator turns facts into minutes.
 */
export type HistoryFact =
  /** The person was in `state` from fromMs to toMs (may cross minute boundaries). */
  | {
      readonly type: 'posture';
      readonly state: PostureState;
      readonly fromMs: number;
      readonly toMs: number;
    }
  | { readonly type: 'nudge'; readonly atMs: number }
  | { readonly type: 'break'; readonly outcome: BreakOutcome; readonly atMs: number }
  | { readonly type: 'routine-finished'; readonly routineId: string; readonly atMs: number };

export type BreakOutcome = 'taken' | 'postponed' | 'skipped';
