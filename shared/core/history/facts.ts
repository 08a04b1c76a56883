import type { HistoryFact as AppHistoryFact } from '../app-effects';

/**
 * What history is made of: the app core's `record` effects (shared/core/app-effects.ts), plus the
 * routine player's "routine finished". The aggregator turns facts into minutes.
 * Counted: posture spans, nudges, break outcomes, routines. Not counted: stretch suggestions and
 * natural breaks (time away already shows as away).
 */
export type HistoryFact = AppHistoryFact | RoutineFinishedFact;

export interface RoutineFinishedFact {
  readonly kind: 'routine-finished';
  readonly routineId: string;
  readonly atMs: number;
}
