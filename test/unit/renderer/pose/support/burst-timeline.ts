import { burstStep, type BurstConfig } from '../../../../../renderer/pose/burst-schedule';

/**
 * The monitor's use of the burst schedule (renderer/pose/sampling-loop.ts) replayed on a fake clock:
 * ask for the camera, get frames `openLatencyMs` later, follow burstStep, spend `inferenceMs`
 * on each analysis, close, wait, open again. Returns when frames were analysed and when the
 * camera was open.
 */
export interface BurstTimeline {
  readonly sampleTimesMs: readonly number[];
  /** [asked for, released] per burst: the camera's light is on in between. */
  readonly openSpansMs: readonly (readonly [number, number])[];
}

export function burstTimeline(
  config: BurstConfig,
  untilMs: number,
  { openLatencyMs = 300, inferenceMs = 40 } = {},
): BurstTimeline {
  const sampleTimesMs: number[] = [];
  const openSpansMs: (readonly [number, number])[] = [];
  let now = 0;
  while (now < untilMs) {
    const burst = { startedMs: now, openedMs: now + openLatencyMs };
    now = burst.openedMs;
    for (;;) {
      const step = burstStep(burst, now, config);
      if (step.kind === 'wait') {
        now += step.delayMs;
      } else if (step.kind === 'sample') {
        sampleTimesMs.push(now);
        now += inferenceMs + step.delayMs;
      } else {
        openSpansMs.push([burst.startedMs, now]);
        now += step.reopenInMs;
        break;
      }
    }
  }
  return { sampleTimesMs, openSpansMs };
}
