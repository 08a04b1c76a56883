/**
 * The camera-light saver's schedule (settings.monitoring.cameraLightSaver): pure, time as an
 * argument. Instead of holding the camera open, the monitor opens it every `periodMs`, lets it
 * settle, analyses a short burst of frames and closes it again (every track stopped, so the
 * light goes off) until the next burst. sampling-loop.ts only carries out what `burstStep` says.
 *
 *   open ──warmUpMs──▶ sample, sample, … (every sampleEveryMs for sampleForMs) ──▶ close
 *   ◀──────────────────────────────── periodMs (start to start) ─────────────────────────────▶
 *
 * The burst is short on purpose: the classifier does not need a whole slouch inside one burst.
 * With `bridgeForBursts` it carries its verdict across the gap and confirms a change once fresh
 * frames show it for BURST_CONFIRM_MS (shared/posture/classifier.ts): a slouch seen at the end
 * of one burst and again through the next has lasted a whole period.
 */
export interface BurstConfig {
  /** From the start of one burst to the start of the next. */
  readonly periodMs: number;
  /**
   * Frames ignored after the camera opens. A webcam's automatic exposure and white balance
   * settle within about half a second of opening; the first frames are dark or washed out.
   */
  readonly warmUpMs: number;
  /** How long to analyse once warm: 2.5 s gives five or six frames, enough to confirm (1.5 s). */
  readonly sampleForMs: number;
  /** One analysis per this, like the sampler's pace while the posture is changing. */
  readonly sampleEveryMs: number;
}

export const BURST_TIMING = { warmUpMs: 500, sampleForMs: 2500, sampleEveryMs: 500 } as const;

/** The choices the settings offer, in seconds between bursts. */
export const BURST_PERIODS_SECONDS = [10, 30, 60] as const;

export function burstConfig(periodMs: number): BurstConfig {
  const burstMs = BURST_TIMING.warmUpMs + BURST_TIMING.sampleForMs;
  if (!Number.isFinite(periodMs) || periodMs < 2 * burstMs) {
    throw new RangeError(`A burst period must be at least ${2 * burstMs} ms, got ${periodMs}.`);
  }
  return { periodMs, ...BURST_TIMING };
}

/** One burst: when the camera was asked for, and when its frames began to arrive. */
export interface Burst {
  readonly startedMs: number;
  readonly openedMs: number;
}

export type BurstStep =
  /** Still warming up: look again after `delayMs`. */
  | { readonly kind: 'wait'; readonly delayMs: number }
  /** Analyse this frame, then look again after `delayMs`. */
  | { readonly kind: 'sample'; readonly delayMs: number }
  /** Enough: release the camera and open it again after `reopenInMs`. */
  | { readonly kind: 'close'; readonly reopenInMs: number };

export function burstStep(burst: Burst, nowMs: number, config: BurstConfig): BurstStep {
  const sinceOpen = nowMs - burst.openedMs;
  if (sinceOpen < config.warmUpMs) return { kind: 'wait', delayMs: config.warmUpMs - sinceOpen };
  if (sinceOpen <= config.warmUpMs + config.sampleForMs) {
    return { kind: 'sample', delayMs: config.sampleEveryMs };
  }
  // Start to start, so a slow camera start does not make the bursts drift apart.
  return { kind: 'close', reopenInMs: Math.max(0, burst.startedMs + config.periodMs - nowMs) };
}

/**
 * What the classifier needs to know about the gaps between bursts (its `gapBridge` option): a
 * silence longer than any pause inside a burst and no longer than a period plus a slow camera
 * start is a planned one. Longer silences (the camera failed, the machine slept) reset it as
 * ever.
 */
export function bridgeForBursts(config: BurstConfig): {
  readonly fromMs: number;
  readonly toMs: number;
} {
  return { fromMs: 4 * config.sampleEveryMs, toMs: config.periodMs + 10_000 };
}
