import { z } from 'zod';
import { METRIC_IDS } from './metrics';

/**
 * A person's calibrated upright posture for one camera, as plain JSON so the host can store it
 * (settings file, browser storage) and hand it back. Parse stored copies with parseBaseline.
 */
/**
 * Version 2 added the position metrics (earLine, eyeLine, shoulderLine) and the optional
 * personal slouch calibration. A version 1 baseline lacks the metrics that see a person sinking
 * into the chair, so it is not read: the person is asked to calibrate again.
 */
export const BASELINE_VERSION = 2;

export const metricBaselineSchema = z.object({
  median: z.number().finite(),
  /** Robust spread (scaled MAD) of the metric across the calibration frames. */
  spread: z.number().finite().nonnegative(),
  frames: z.number().int().positive(),
});

export const framingSchema = z.object({
  eyeX: z.number().finite(),
  eyeY: z.number().finite(),
  faceScale: z.number().finite().positive(),
});

export const baselineSchema = z.object({
  version: z.literal(BASELINE_VERSION),
  cameraId: z.string(),
  createdAtMs: z.number().finite(),
  frameCount: z.number().int().positive(),
  metrics: z.partialRecord(z.enum(METRIC_IDS), metricBaselineSchema),
  framing: framingSchema.nullable(),
  /**
   * Medians of the metrics while the person sat the way they slump, when they chose to show
   * Poise (the optional second calibration step); absent otherwise.
   */
  slouched: z.partialRecord(z.enum(METRIC_IDS), z.number().finite()).optional(),
});

export type MetricBaseline = z.infer<typeof metricBaselineSchema>;
export type Baseline = z.infer<typeof baselineSchema>;

/** A stored baseline, or null when it is missing, corrupt or from an incompatible version. */
export function parseBaseline(json: unknown): Baseline | null {
  const parsed = baselineSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Baselines keyed by camera id, and per camera one per place it was calibrated in (the laptop
 * on the desk, the same laptop on the kitchen table), most recent first: moving between places
 * you have calibrated in needs no recalibration, the classifier uses the one that fits.
 */
export const baselineBookSchema = z.record(z.string(), z.array(baselineSchema));
export type BaselineBook = z.infer<typeof baselineBookSchema>;

/** Places remembered per camera; the oldest calibration is forgotten beyond this. */
export const MAX_PLACES = 4;

export function parseBaselineBook(json: unknown): BaselineBook {
  if (typeof json !== 'object' || json === null) return {};
  const book: BaselineBook = {};
  // Keep every entry that still parses, so one damaged place does not lose the others.
  for (const [cameraId, entry] of Object.entries(json)) {
    const places = (Array.isArray(entry) ? entry : [entry])
      .map(parseBaseline)
      .filter((b): b is Baseline => b !== null && b.cameraId === cameraId);
    if (places.length > 0) book[cameraId] = places.slice(0, MAX_PLACES);
  }
  return book;
}

/** The places calibrated for this camera, most recent first; empty when there are none. */
export function placesFor(book: BaselineBook, cameraId: string): Baseline[] {
  return Object.hasOwn(book, cameraId) ? (book[cameraId] ?? []) : [];
}

/**
 * Adds a new calibration as the most recent place. It replaces a place whose picture it
 * matches (a recalibration where you already sit), otherwise it is added beside the others.
 */
export function withBaseline(book: BaselineBook, baseline: Baseline): BaselineBook {
  const others = placesFor(book, baseline.cameraId).filter((p) => !samePlace(p, baseline));
  return { ...book, [baseline.cameraId]: [baseline, ...others].slice(0, MAX_PLACES) };
}

export function withoutBaseline(book: BaselineBook, cameraId: string): BaselineBook {
  const { [cameraId]: _removed, ...rest } = book;
  return rest;
}

/**
 * Two calibrations are of one place when the face sat where it sits now, at the same size:
 * within an eye distance sideways and half of one up or down, and within a quarter in size.
 * Without a frontal face to compare by, a new calibration replaces the old one.
 */
function samePlace(a: Baseline, b: Baseline): boolean {
  if (!a.framing || !b.framing) return true;
  const ruler = a.framing.faceScale;
  const scale = b.framing.faceScale / ruler;
  return (
    Math.abs(a.framing.eyeX - b.framing.eyeX) <= ruler &&
    Math.abs(a.framing.eyeY - b.framing.eyeY) <= 0.5 * ruler &&
    scale >= 0.8 &&
    scale <= 1.25
  );
}
