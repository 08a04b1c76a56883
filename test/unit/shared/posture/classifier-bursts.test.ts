import { describe, expect, it } from 'vitest';
import type { PostureReport } from '../../../../shared/core/posture-status';
import {
  BURST_PERIODS_SECONDS,
  bridgeForBursts,
  burstConfig,
} from '../../../../renderer/pose/burst-schedule';
import type { Baseline } from '../../../../shared/posture/baseline';
import { calibrate } from '../../../../shared/posture/calibration';
import {
  DWELL_MS,
  initialClassifierState,
  stepClassifier,
  type ClassifierOptions,
} from '../../../../shared/posture/classifier';
import type { FrameInput } from '../../../../shared/posture/frame-verdict';
import { burstTimeline } from '../../renderer/pose/support/burst-timeline';
import { frontalPose, uprightSession } from './support/synthetic-pose';

/**
 * The classifier fed the way the camera-light saver feeds it: a few frames every period, nothing
 * in between (the burst timeline of renderer/pose/burst-schedule.ts on a fake clock).
 */
function baseline(): Baseline {
  const result = calibrate(uprightSession(), 'cam', 0);
  if (!result.ok) throw new Error(result.message);
  return result.baseline;
}

const base = baseline();
const upright = () => frontalPose();
const slumped = () => frontalPose({ headDrop: 55 });

function replay(
  times: readonly number[],
  frameAt: (tMs: number) => FrameInput,
  options: ClassifierOptions,
): PostureReport[] {
  let state = initialClassifierState();
  return times.map((t) => {
    const out = stepClassifier(state, frameAt(t), [base], 5, t, options);
    state = out.state;
    return out.report;
  });
}

const firstAfter = (reports: readonly PostureReport[], state: string, fromMs: number) =>
  reports.find((r) => r.timeMs >= fromMs && r.state === state)?.timeMs;

describe.each(BURST_PERIODS_SECONDS)('the classifier with bursts every %i s', (seconds) => {
  const periodMs = seconds * 1000;
  const config = burstConfig(periodMs);
  const options: ClassifierOptions = { gapBridge: bridgeForBursts(config) };
  const { sampleTimesMs, openSpansMs } = burstTimeline(config, 12 * periodMs);

  it('reports a sustained slouch, later than with the camera held open but within two periods', () => {
    // The slouch begins at various points of the cycle: just after a burst, mid-gap, mid-burst.
    for (const offset of [0.05, 0.1, 0.5, 0.95]) {
      const slouchAt = 3 * periodMs + offset * periodMs;
      const reports = replay(sampleTimesMs, (t) => (t < slouchAt ? upright() : slumped()), options);
      expect(reports.filter((r) => r.timeMs < slouchAt).every((r) => r.state === 'upright')).toBe(
        true,
      );
      const since = firstAfter(reports, 'slouching', slouchAt);
      expect(since).toBeDefined();
      expect(since! - slouchAt).toBeGreaterThanOrEqual(DWELL_MS.slouching);
      expect(since! - slouchAt).toBeLessThanOrEqual(2 * periodMs + 4000);
      expect(reports.at(-1)!.state).toBe('slouching');
    }
  });

  it('without the burst-aware rule it would never see one: each burst starts from scratch', () => {
    if (periodMs <= 10_000) return; // gaps under 10 s never reset the classifier anyway
    const reports = replay(sampleTimesMs, (t) => (t < 3 * periodMs ? upright() : slumped()), {});
    expect(reports.some((r) => r.state === 'slouching')).toBe(false);
  });

  it('notices sitting up again in the next burst', () => {
    const slouchAt = 2 * periodMs + 100;
    const upAt = 8 * periodMs + 0.5 * periodMs;
    const reports = replay(
      sampleTimesMs,
      (t) => (t >= slouchAt && t < upAt ? slumped() : upright()),
      options,
    );
    expect(firstAfter(reports, 'slouching', slouchAt)).toBeLessThan(upAt);
    const backUp = firstAfter(reports, 'upright', upAt);
    expect(backUp).toBeDefined();
    expect(backUp! - upAt).toBeLessThanOrEqual(periodMs + 4000);
  });

  it('does not add up short dips at the two ends of a gap into a slouch', () => {
    // Slumped in the first two and the last two frames of every burst, upright in between: the
    // smoothed evidence stays high, but the fresh frames never show it for BURST_CONFIRM_MS (1.5 s) in a row.
    const bursts = openSpansMs.map(([start, end]) =>
      sampleTimesMs.filter((t) => t >= start && t <= end),
    );
    const dipped = new Set(
      bursts.flatMap((frames) => [...frames.slice(0, 2), ...frames.slice(-2)]),
    );
    expect(bursts.every((frames) => frames.length > 4)).toBe(true);
    const dips = replay(sampleTimesMs, (t) => (dipped.has(t) ? slumped() : upright()), options);
    expect(dips.some((r) => r.state === 'slouching')).toBe(false);
    // Held through whole bursts, the same posture is a slouch.
    const held = replay(sampleTimesMs, (t) => (t > periodMs ? slumped() : upright()), options);
    expect(held.some((r) => r.state === 'slouching')).toBe(true);
  });
});

describe('a gap longer than planned', () => {
  it('starts afresh, as when the camera failed: the old pending slouch does not carry over', () => {
    const config = burstConfig(30_000);
    const options: ClassifierOptions = { gapBridge: bridgeForBursts(config) };
    // One burst of slouching, then the next burst comes 2 minutes later (the camera was busy).
    const burst1 = [500, 1000, 1500, 2000, 2500, 3000];
    const burst2 = burst1.map((t) => t + 120_000);
    const reports = replay([...burst1, ...burst2], slumped, options);
    expect(reports.some((r) => r.state === 'slouching')).toBe(false);
  });
});
