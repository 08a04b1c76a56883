/**
 * What history is made of: the app core's `record` effects (shared/core/app-effects.ts). The
 * aggregator turns facts into minutes.
 * Counted: posture spans, nudges, break outcomes, routines. Not counted: stretch suggestions and
 * natural breaks (time away already shows as away).
 */
export type { HistoryFact } from '../app-effects';
