import { presentSeconds, type MinuteAggregate } from './minute';

/** Totals over any set of minutes (a day, a week, a month). */
export interface HistorySummary {
  readonly uprightS: number;
  readonly slouchingS: number;
  readonly awayS: number;
  readonly uncertainS: number;
  /** upright + slouching + uncertain: time in front of the camera. */
  readonly presentS: number;
  /** upright + slouching: the time Poise could judge posture, which the score is made of. */
  readonly judgedS: number;
  readonly nudges: number;
  readonly breaksTaken: number;
  readonly breaksPostponed: number;
  readonly breaksSkipped: number;
  /** How often each routine was finished. */
  readonly routines: Readonly<Record<string, number>>;
  /**
   * Posture score, 0..100: the upright share of the time Poise could judge posture,
   * upright / (upright + slouching), rounded. Uncertain and away time count neither way.
   * null when less than MIN_SCORED_SECONDS were judged: too little to mean anything.
   */
  readonly score: number | null;
  /**
   * upright / present (uncertain included), 0..1. null while nothing was judged: a share of time
   * that was all uncertain would read as "0% upright" for someone who never slouched.
   */
  readonly uprightShare: number | null;
}

export const MIN_SCORED_SECONDS = 5 * 60;

export function postureScore(uprightS: number, slouchingS: number): number | null {
  const judged = uprightS + slouchingS;
  return judged < MIN_SCORED_SECONDS ? null : Math.round((100 * uprightS) / judged);
}

export function summarize(minutes: Iterable<MinuteAggregate>): HistorySummary {
  let uprightS = 0;
  let slouchingS = 0;
  let awayS = 0;
  let uncertainS = 0;
  let nudges = 0;
  let breaksTaken = 0;
  let breaksPostponed = 0;
  let breaksSkipped = 0;
  const routines: Record<string, number> = {};
  for (const m of minutes) {
    uprightS += m.uprightS;
    slouchingS += m.slouchingS;
    awayS += m.awayS;
    uncertainS += m.uncertainS;
    nudges += m.nudges;
    breaksTaken += m.breaksTaken;
    breaksPostponed += m.breaksPostponed;
    breaksSkipped += m.breaksSkipped;
    for (const id of m.routinesDone) routines[id] = (routines[id] ?? 0) + 1;
  }
  const presentS = presentSeconds({ uprightS, slouchingS, uncertainS });
  const judgedS = uprightS + slouchingS;
  return {
    uprightS,
    slouchingS,
    awayS,
    uncertainS,
    presentS,
    judgedS,
    nudges,
    breaksTaken,
    breaksPostponed,
    breaksSkipped,
    routines,
    score: postureScore(uprightS, slouchingS),
    uprightShare: judgedS > 0 ? uprightS / presentS : null,
  };
}
