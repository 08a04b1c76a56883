import type { EvalScores } from './eval-scores';
import { judgedResults, pooledFalseAlarms, type DevRow } from './dev-results';

export interface GateCheck {
  readonly name: string;
  readonly pass: boolean;
  readonly actual: string;
}

interface Bound {
  readonly metric: keyof Pick<
    EvalScores,
    'balancedAccuracy' | 'uprightFalseAlarmRate' | 'uncertainOrAwayShare'
  >;
  readonly at: 'least' | 'most';
  readonly limit: number;
}

/**
 * What every frontal set must meet with the upright calibration alone, since most people never
 * do the optional slouch step: the detector has to hold for people it was not tuned on. A false
 * alarm costs more trust than a missed slouch, hence the tight false-alarm bounds; a detector
 * that answers "uncertain" to every hard frame would dodge both, hence the third bound.
 */
const EVERY_SET: readonly Bound[] = [
  { metric: 'balancedAccuracy', at: 'least', limit: 0.9 },
  { metric: 'uprightFalseAlarmRate', at: 'most', limit: 0.1 },
  { metric: 'uncertainOrAwayShare', at: 'most', limit: 0.15 },
];
/** The long recording keeps the bar it already met, so tuning for new people cannot trade it away. */
const REFERENCE_SET = 'frontal-webcam';
const REFERENCE: readonly Bound[] = [
  { metric: 'balancedAccuracy', at: 'least', limit: 0.95 },
  { metric: 'uprightFalseAlarmRate', at: 'most', limit: 0.02 },
];
const POOLED_FALSE_ALARM_MAX = 0.05;

/** The gated mode; personal mode is reported beside it but not gated. */
const GATED_MODE = 'upright-only';

function checkBound(set: string, row: DevRow | undefined, bound: Bound): GateCheck {
  const name = `${set}: ${bound.metric} ${bound.at === 'least' ? '>=' : '<='} ${bound.limit.toFixed(2)}`;
  if (!row) return { name, pass: false, actual: 'set not found' };
  if (!row.ok) return { name, pass: false, actual: `calibration failed: ${row.error}` };
  const value = row.result[bound.metric];
  const pass = bound.at === 'least' ? value >= bound.limit : value <= bound.limit;
  return { name, pass, actual: value.toFixed(3) };
}

/** Every check of the gate, in a stable order: per set, then pooled, then the reference set. */
export function gateChecks(rows: readonly DevRow[]): GateCheck[] {
  const gated = rows.filter((row) => row.mode === GATED_MODE);
  const checks = gated.flatMap((row) => EVERY_SET.map((bound) => checkBound(row.set, row, bound)));
  const pooled = pooledFalseAlarms(judgedResults(rows, GATED_MODE));
  checks.push({
    name: `pooled uprightFalseAlarmRate <= ${POOLED_FALSE_ALARM_MAX.toFixed(2)}`,
    pass: pooled.rate <= POOLED_FALSE_ALARM_MAX,
    actual: `${pooled.rate.toFixed(3)}, ${pooled.slouching}/${pooled.scored}`,
  });
  const reference = gated.find((row) => row.set === REFERENCE_SET);
  for (const bound of REFERENCE) checks.push(checkBound(REFERENCE_SET, reference, bound));
  return checks;
}

/** PASS/FAIL per check, then the plain count line CI reads. */
export function formatGate(checks: readonly GateCheck[]): string[] {
  const passed = checks.filter((check) => check.pass).length;
  return [
    ...checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'} ${c.name} (got ${c.actual})`),
    `eval: ${passed} passed, ${checks.length - passed} failed`,
  ];
}
