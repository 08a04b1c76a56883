import type { Baseline, MetricBaseline } from './baseline';
import { BASELINE_VERSION } from './baseline';
import { measureFraming, type Framing } from './framing';
import { confidentPoints, type PoseFrame } from './geometry';
import { METRICS, measureMetrics, type MetricId } from './metrics';
import { median, robustSpread } from './robust-stats';

/** How long the user is asked to sit upright; a few seconds of frames is plenty for medians. */
export const CALIBRATION_DURATION_MS = 5000;
/** Fewer usable frames than this and a median is no better than a single guess. */
export const MIN_CALIBRATION_FRAMES = 5;
/** A metric joins the baseline only if it was measurable in most calibration frames. */
const MIN_METRIC_COVERAGE = 0.6;

export type CalibrationResult =
  | { readonly ok: true; readonly baseline: Baseline }
  | {
      readonly ok: false;
      readonly problem: 'too-few-frames' | 'no-upper-body' | 'no-slump-seen';
      /** In English, for logs and the lab pages: views put the problem into words. */
      readonly message: string;
    };

/**
 * Builds a robust baseline (median and scaled MAD per metric) from frames of the person sitting
 * upright. Medians shrug off the odd bad frame, so a blink or a scratch of the nose does not
 * skew the baseline.
 */
export function calibrate(
  frames: readonly PoseFrame[],
  cameraId: string,
  nowMs: number,
): CalibrationResult {
  const measured = frames.map((frame) => {
    const points = confidentPoints(frame);
    return { values: measureMetrics(points), framing: measureFraming(points) };
  });
  const usable = measured.filter((m) =>
    METRICS.some((d) => d.role === 'primary' && m.values[d.id] !== undefined),
  );
  if (usable.length < MIN_CALIBRATION_FRAMES) {
    return {
      ok: false,
      problem: usable.length === 0 ? 'no-upper-body' : 'too-few-frames',
      message:
        usable.length === 0
          ? 'Poise could not see your head and shoulders. Sit facing the camera with your shoulders in view, then try again.'
          : 'Poise saw you only briefly. Sit still and upright for a few seconds, then try again.',
    };
  }

  const metrics: Partial<Record<MetricId, MetricBaseline>> = {};
  for (const definition of METRICS) {
    const values = usable
      .map((m) => m.values[definition.id])
      .filter((v): v is number => v !== undefined);
    if (
      values.length < MIN_CALIBRATION_FRAMES ||
      values.length < MIN_METRIC_COVERAGE * usable.length
    )
      continue;
    metrics[definition.id] = {
      median: median(values),
      spread: robustSpread(values),
      frames: values.length,
    };
  }

  const framings = usable.map((m) => m.framing).filter((f): f is Framing => f !== null);
  const framing =
    framings.length >= MIN_CALIBRATION_FRAMES
      ? {
          eyeX: median(framings.map((f) => f.eyeX)),
          eyeY: median(framings.map((f) => f.eyeY)),
          faceScale: median(framings.map((f) => f.faceScale)),
        }
      : null;

  return {
    ok: true,
    baseline: {
      version: BASELINE_VERSION,
      cameraId,
      createdAtMs: nowMs,
      frameCount: usable.length,
      metrics,
      framing,
    },
  };
}

/**
 * The optional second step: a few seconds of the person sitting the way they slump when tired.
 * Only metrics that moved the slouched way are kept (deviation.ts uses them to place this
 * person's line between upright and slumped). A slump that Poise cannot tell from the upright
 * posture is reported, and the upright baseline stays as it was.
 */
export function withSlouchCalibration(
  baseline: Baseline,
  frames: readonly PoseFrame[],
): CalibrationResult {
  const measured = frames.map((frame) => measureMetrics(confidentPoints(frame)));
  const usable = measured.filter((values) =>
    METRICS.some((d) => d.role === 'primary' && values[d.id] !== undefined),
  );
  if (usable.length < MIN_CALIBRATION_FRAMES) {
    return {
      ok: false,
      problem: usable.length === 0 ? 'no-upper-body' : 'too-few-frames',
      message:
        'Poise could not see you clearly while you slumped. Keep your head and shoulders in view and try again, or skip this step.',
    };
  }
  const slouched: Partial<Record<MetricId, number>> = {};
  for (const definition of METRICS) {
    const upright = baseline.metrics[definition.id];
    if (!upright || definition.direction === 0) continue;
    const values = usable
      .map((values) => values[definition.id])
      .filter((v): v is number => v !== undefined);
    if (values.length < MIN_METRIC_COVERAGE * usable.length) continue;
    const value = median(values);
    if (definition.direction * (value - upright.median) > 0) slouched[definition.id] = value;
  }
  if (Object.keys(slouched).length === 0) {
    return {
      ok: false,
      problem: 'no-slump-seen',
      message:
        'That looked just like your upright posture, so Poise kept its usual line. You can try again or skip this step.',
    };
  }
  return { ok: true, baseline: { ...baseline, slouched } };
}

/** A calibration in progress: the host feeds frames until `isCalibrationComplete`, then calls `finishCalibration`. */
export interface CalibrationSession {
  readonly cameraId: string;
  readonly startedAtMs: number;
  readonly frames: readonly PoseFrame[];
}

export function startCalibration(cameraId: string, nowMs: number): CalibrationSession {
  return { cameraId, startedAtMs: nowMs, frames: [] };
}

export function addCalibrationFrame(
  session: CalibrationSession,
  frame: PoseFrame,
): CalibrationSession {
  return { ...session, frames: [...session.frames, frame] };
}

/** 0..1, for a progress ring while the user holds still. */
export function calibrationProgress(session: CalibrationSession, nowMs: number): number {
  return Math.min(1, Math.max(0, (nowMs - session.startedAtMs) / CALIBRATION_DURATION_MS));
}

export function isCalibrationComplete(session: CalibrationSession, nowMs: number): boolean {
  return calibrationProgress(session, nowMs) >= 1;
}

export function finishCalibration(session: CalibrationSession, nowMs: number): CalibrationResult {
  return calibrate(session.frames, session.cameraId, nowMs);
}
