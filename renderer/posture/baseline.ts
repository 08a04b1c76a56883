import { z } from 'zod';
import { METRIC_IDS } from './metrics';

/**
 * A person's calibrated upright posture for one camera, as plain JSON so the host can store it
 * (settings file, browser storage) and hand it back. Parse stored copies with parseBaseline.
 */
export const BASELINE_VERSION = 1;

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
});

export type MetricBaseline = z.infer<typeof metricBaselineSchema>;
export type Baseline = z.infer<typeof baselineSchema>;

/** A stored baseline, or null when it is missing, corrupt or from an incompatible version. */
export function parseBaseline(json: unknown): Baseline | null {
  const parsed = baselineSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Baselines keyed by camera id: moving to another desk's camera needs no recalibration. */
export const baselineBookSchema = z.record(z.string(), baselineSchema);
export type BaselineBook = z.infer<typeof baselineBookSchema>;

export function parseBaselineBook(json: unknown): BaselineBook {
  if (typeof json !== 'object' || json === null) return {};
  const book: BaselineBook = {};
  // Keep every entry that still parses, so one damaged camera entry does not lose the others.
  for (const [cameraId, entry] of Object.entries(json)) {
    const baseline = parseBaseline(entry);
    if (baseline && baseline.cameraId === cameraId) book[cameraId] = baseline;
  }
  return book;
}

export function baselineFor(book: BaselineBook, cameraId: string): Baseline | null {
  return Object.hasOwn(book, cameraId) ? (book[cameraId] ?? null) : null;
}

export function withBaseline(book: BaselineBook, baseline: Baseline): BaselineBook {
  return { ...book, [baseline.cameraId]: baseline };
}

export function withoutBaseline(book: BaselineBook, cameraId: string): BaselineBook {
  const { [cameraId]: _removed, ...rest } = book;
  return rest;
}
