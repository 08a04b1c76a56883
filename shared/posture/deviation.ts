import type { Baseline, MetricBaseline } from './baseline';
import {
  METRICS,
  metricDefinition,
  type MetricDefinition,
  type MetricId,
  type MetricRole,
  type MetricValues,
} from './metrics';
import { toleranceFactor } from './sensitivity';

/**
 * The person's own calibration jitter widens a tolerance (three robust standard deviations
 * covers ordinary breathing and sway), but never below the metric's floor: a perfectly still
 * calibration must not turn every small movement into a slouch.
 */
const SPREAD_MULTIPLIER = 3;

/**
 * While the chin is clearly down (headPitch past its own tolerance) the head-drop metrics must
 * move half as far again: a glance at the keyboard lowers the ears a little, a slouch a lot.
 */
const LOOKING_DOWN_WIDENING = 1.25;

/**
 * With one shoulder in view, the shoulder line's height is that shoulder's height, off by the
 * person's natural shoulder tilt (a few degrees is common): heights measured from it must move
 * half as far again before they count. Found by the missing-keypoint property test, where a
 * 3.4° tilt at the strictest sensitivity turned a calibrated upright pose into a slouch.
 */
const ONE_SHOULDER_WIDENING = 1.25;

export interface MeasurementContext {
  /** Only one shoulder was confident in this frame. */
  readonly oneShoulder?: boolean;
}

export interface MetricDeviation {
  readonly id: MetricId;
  readonly role: MetricRole;
  readonly value: number;
  /** Change toward slouching in units of the tolerance: >= 1 counts, <= 0 is at or better than baseline. */
  readonly deviation: number;
}

/** The metric's floor in its own units; null when it needs a ruler the baseline lacks. */
function floorOf(definition: MetricDefinition, base: MetricBaseline, baseline: Baseline) {
  const { floor } = definition;
  if (floor.kind === 'relative') return floor.fraction * Math.abs(base.median);
  if (floor.kind === 'absolute') return floor.amount;
  const ruler = baseline.framing?.faceScale;
  return ruler === undefined ? null : floor.amount * ruler;
}

/**
 * A personal slouch calibration places the line halfway between this person's upright and
 * slumped values, but only for metrics their slump actually moved the slouched way, and never
 * nearer than half the designed tolerance nor further than half as far again: a few seconds of
 * slumping are a sample, not a law. The bounds were chosen on frontal-webcam and checked on
 * frontal-webcam-b (npm run eval:dev, personal calibration mode).
 */
const PERSONAL_TOLERANCE_MIN = 0.75;
const PERSONAL_TOLERANCE_MAX = 1.5;

export function tolerance(
  definition: MetricDefinition,
  base: MetricBaseline,
  baseline: Baseline,
  sensitivity: number,
): number | null {
  const floor = floorOf(definition, base, baseline);
  if (floor === null) return null;
  const designed = Math.max(SPREAD_MULTIPLIER * base.spread, floor);
  const slumped = baseline.slouched?.[definition.id];
  let personal = designed;
  if (slumped !== undefined && definition.direction !== 0) {
    const towardSlouch = definition.direction * (slumped - base.median);
    if (towardSlouch > SPREAD_MULTIPLIER * base.spread) {
      personal = Math.min(
        PERSONAL_TOLERANCE_MAX * designed,
        Math.max(PERSONAL_TOLERANCE_MIN * designed, towardSlouch / 2),
      );
    }
  }
  return personal * toleranceFactor(sensitivity);
}

function deviationOf(
  definition: MetricDefinition,
  value: number,
  base: MetricBaseline,
  baseline: Baseline,
  sensitivity: number,
): number | null {
  const tol = tolerance(definition, base, baseline, sensitivity);
  if (tol === null) return null;
  if (!(tol > 0)) return null;
  const change = value - base.median;
  const deviation =
    definition.direction === 0 ? Math.abs(change) / tol : (definition.direction * change) / tol;
  return Number.isFinite(deviation) ? deviation : null;
}

/** Deviation of every metric measured now that the baseline also has. */
export function deviations(
  values: MetricValues,
  baseline: Baseline,
  sensitivity: number,
  context: MeasurementContext = {},
): MetricDeviation[] {
  const measured: MetricDeviation[] = [];
  for (const definition of METRICS) {
    const value = values[definition.id];
    const base = baseline.metrics[definition.id];
    if (value === undefined || base === undefined) continue;
    const deviation = deviationOf(definition, value, base, baseline, sensitivity);
    if (deviation !== null) {
      const widened =
        context.oneShoulder && definition.fromShoulderLine
          ? deviation / ONE_SHOULDER_WIDENING
          : deviation;
      measured.push({ id: definition.id, role: definition.role, value, deviation: widened });
    }
  }
  const lookingDown = measured.some((d) => d.id === 'headPitch' && d.deviation >= 1);
  if (!lookingDown) return measured;
  return measured.map((d) =>
    metricDefinition(d.id).confoundedByLookingDown
      ? { ...d, deviation: d.deviation / LOOKING_DOWN_WIDENING }
      : d,
  );
}
