import type { DevMode } from './dev-plan';
import { totalCount } from './eval-scores';
import type { JudgedImages } from './judge-images';

/** One set judged under one mode; a calibration that failed is a result too, and is reported. */
export type DevRow = { readonly set: string; readonly mode: DevMode } & (
  | { readonly ok: true; readonly result: JudgedImages }
  | { readonly ok: false; readonly error: string }
);

export interface MeanScores {
  readonly balancedAccuracy: number;
  readonly slouchRecall: number;
  readonly uprightFalseAlarmRate: number;
  readonly uncertainOrAwayShare: number;
}

/** The worst set on each count, which is what a person who has never been seen may get. */
export interface WorstScores {
  readonly balancedAccuracy: number;
  readonly uprightFalseAlarmRate: number;
  readonly uncertainOrAwayShare: number;
}

export interface PooledFalseAlarms {
  readonly slouching: number;
  readonly scored: number;
  /** Every set's upright frames as one pile: big sets weigh more, unlike the mean. */
  readonly rate: number;
}

export interface ModeSummary {
  readonly mode: DevMode;
  readonly judged: number;
  readonly failedCalibrations: number;
  /** Null when no set in this mode could be calibrated. */
  readonly mean: MeanScores | null;
  readonly worst: WorstScores | null;
  readonly pooledUprightFalseAlarms: PooledFalseAlarms;
}

export function judgedResults(rows: readonly DevRow[], mode: DevMode): JudgedImages[] {
  return rows.flatMap((row) => (row.mode === mode && row.ok ? [row.result] : []));
}

export function pooledFalseAlarms(results: readonly JudgedImages[]): PooledFalseAlarms {
  let slouching = 0;
  let scored = 0;
  for (const r of results) {
    slouching += r.upright.slouching;
    scored += totalCount(r.upright);
  }
  return { slouching, scored, rate: scored === 0 ? 0 : slouching / scored };
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, v) => sum + v, 0) / values.length;

export function summarizeMode(rows: readonly DevRow[], mode: DevMode): ModeSummary {
  const results = judgedResults(rows, mode);
  const of = (pick: (r: JudgedImages) => number) => results.map(pick);
  const any = results.length > 0;
  return {
    mode,
    judged: results.length,
    failedCalibrations: rows.filter((row) => row.mode === mode && !row.ok).length,
    mean: any
      ? {
          balancedAccuracy: mean(of((r) => r.balancedAccuracy)),
          slouchRecall: mean(of((r) => r.slouchRecall)),
          uprightFalseAlarmRate: mean(of((r) => r.uprightFalseAlarmRate)),
          uncertainOrAwayShare: mean(of((r) => r.uncertainOrAwayShare)),
        }
      : null,
    worst: any
      ? {
          balancedAccuracy: Math.min(...of((r) => r.balancedAccuracy)),
          uprightFalseAlarmRate: Math.max(...of((r) => r.uprightFalseAlarmRate)),
          uncertainOrAwayShare: Math.max(...of((r) => r.uncertainOrAwayShare)),
        }
      : null,
    pooledUprightFalseAlarms: pooledFalseAlarms(results),
  };
}
