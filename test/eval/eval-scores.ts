import type { PostureState } from '../../shared/core/posture-status';

export type StateCounts = Record<PostureState, number>;

export function emptyCounts(): StateCounts {
  return { upright: 0, slouching: 0, away: 0, uncertain: 0 };
}

export interface EvalScores {
  /** Mean of slouch recall and upright specificity: fair when the two folders differ in size. */
  readonly balancedAccuracy: number;
  /** Share of slouched images judged slouching. */
  readonly slouchRecall: number;
  /** Share of upright images judged slouching: the false alerts users hate most. */
  readonly uprightFalseAlarmRate: number;
  /** Scored images (both folders) judged uncertain. */
  readonly uncertain: number;
  /** Scored images (both folders) where nobody was found. */
  readonly away: number;
  /**
   * Share of scored images (both folders) judged uncertain or away. An upright frame judged so is
   * no false alarm, but a detector that shrugs at every hard frame would look accurate without
   * this number beside it.
   */
  readonly uncertainOrAwayShare: number;
}

/** Every image judged in one folder, whatever the verdict. */
export function totalCount(counts: StateCounts): number {
  return counts.upright + counts.slouching + counts.away + counts.uncertain;
}

/** Upright is right unless judged slouching; slouched is right only when judged slouching. */
export function scoreCounts(upright: StateCounts, slouched: StateCounts): EvalScores {
  const uprightTotal = totalCount(upright);
  const slouchedTotal = totalCount(slouched);
  const slouchRecall = slouchedTotal === 0 ? 0 : slouched.slouching / slouchedTotal;
  const uprightFalseAlarmRate = uprightTotal === 0 ? 0 : upright.slouching / uprightTotal;
  const uncertain = upright.uncertain + slouched.uncertain;
  const away = upright.away + slouched.away;
  const scored = uprightTotal + slouchedTotal;
  return {
    balancedAccuracy: (slouchRecall + (1 - uprightFalseAlarmRate)) / 2,
    slouchRecall,
    uprightFalseAlarmRate,
    uncertain,
    away,
    uncertainOrAwayShare: scored === 0 ? 0 : (uncertain + away) / scored,
  };
}
