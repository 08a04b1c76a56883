import { describe, expect, it } from 'vitest';
import {
  BURST_PERIODS_SECONDS,
  BURST_TIMING,
  bridgeForBursts,
  burstConfig,
  burstStep,
} from '../../../../renderer/pose/burst-schedule';
import { BURST_CONFIRM_MS } from '../../../../shared/posture/classifier';
import { burstTimeline } from './support/burst-timeline';

const MINUTE = 60_000;

describe('burstStep', () => {
  const config = burstConfig(30_000);
  const burst = { startedMs: 1000, openedMs: 1400 };

  it('waits for the camera to settle, samples for a while, then closes until the next burst', () => {
    expect(burstStep(burst, 1400, config)).toEqual({ kind: 'wait', delayMs: 500 });
    expect(burstStep(burst, 1700, config)).toEqual({ kind: 'wait', delayMs: 200 });
    expect(burstStep(burst, 1900, config)).toEqual({ kind: 'sample', delayMs: 500 });
    expect(burstStep(burst, 4400, config)).toEqual({ kind: 'sample', delayMs: 500 });
    // Start to start: the next burst is due 30 s after this one asked for the camera.
    expect(burstStep(burst, 4401, config)).toEqual({ kind: 'close', reopenInMs: 26_599 });
  });

  it('opens again at once when a burst overran its period', () => {
    expect(burstStep(burst, 40_000, config)).toEqual({ kind: 'close', reopenInMs: 0 });
  });

  it('refuses a period too short to leave the camera off at all', () => {
    expect(() => burstConfig(5000)).toThrow(RangeError);
    expect(() => burstConfig(Number.NaN)).toThrow(RangeError);
    for (const seconds of BURST_PERIODS_SECONDS)
      expect(() => burstConfig(seconds * 1000)).not.toThrow();
  });
});

describe('a day of bursts on a fake clock', () => {
  it.each(BURST_PERIODS_SECONDS)(
    'every %i s: bursts a period apart, each long enough to confirm a posture, light mostly off',
    (seconds) => {
      const config = burstConfig(seconds * 1000);
      const { sampleTimesMs, openSpansMs } = burstTimeline(config, 10 * MINUTE, {
        openLatencyMs: 800, // a slow USB camera
      });
      // No drift: each burst starts exactly one period after the last, however slow the camera.
      const starts = openSpansMs.map(([start]) => start);
      expect(starts.slice(1).map((s, i) => s - starts[i]!)).toEqual(
        starts.slice(1).map(() => seconds * 1000),
      );
      // Every burst has at least five frames spanning the classifier's confirmation time.
      for (const [from, to] of openSpansMs) {
        const inBurst = sampleTimesMs.filter((t) => t >= from && t <= to);
        expect(inBurst.length).toBeGreaterThanOrEqual(5);
        expect(inBurst.at(-1)! - inBurst[0]!).toBeGreaterThanOrEqual(BURST_CONFIRM_MS);
      }
      const openMs = openSpansMs.reduce((sum, [from, to]) => sum + to - from, 0);
      const share = openMs / (10 * MINUTE);
      // The camera's start, the warm-up, the samples and at most one more tick: about 4 s of
      // light per burst with this slow camera (40% at 10 s, 13% at 30 s, 7% at 60 s).
      const perBurstMs =
        800 + BURST_TIMING.warmUpMs + BURST_TIMING.sampleForMs + BURST_TIMING.sampleEveryMs;
      expect(share).toBeLessThanOrEqual(perBurstMs / (seconds * 1000));
    },
  );

  it('tells the classifier which silences are planned: only the gaps between bursts', () => {
    for (const seconds of BURST_PERIODS_SECONDS) {
      const config = burstConfig(seconds * 1000);
      const bridge = bridgeForBursts(config);
      const { sampleTimesMs } = burstTimeline(config, 5 * MINUTE, { inferenceMs: 300 });
      const gaps = sampleTimesMs.slice(1).map((t, i) => t - sampleTimesMs[i]!);
      const planned = gaps.filter((g) => g >= bridge.fromMs);
      const within = gaps.filter((g) => g < bridge.fromMs);
      expect(planned.length).toBe(Math.ceil((5 * MINUTE) / (seconds * 1000)) - 1);
      expect(planned.every((g) => g <= bridge.toMs)).toBe(true);
      expect(within.every((g) => g <= BURST_TIMING.sampleEveryMs + 300)).toBe(true);
    }
  });
});
