import { describe, expect, it } from 'vitest';
import type { PostureReport } from '../../../../shared/core/posture-status';
import type { Baseline } from '../../../../shared/posture/baseline';
import { calibrate } from '../../../../shared/posture/calibration';
import {
  initialClassifierState,
  stepClassifier,
  type ClassifierState,
} from '../../../../shared/posture/classifier';
import type { FrameInput } from '../../../../shared/posture/frame-verdict';
import { emptyFrame, frontalPose, uprightSession } from './support/synthetic-pose';

const FRAME_MS = 200; // 5 frames a second, as the monitor samples

function baseline(): Baseline {
  const result = calibrate(uprightSession(), 'cam', 0);
  if (!result.ok) throw new Error(result.message);
  return result.baseline;
}

/** Feeds `frameAt(t)` every FRAME_MS from `fromMs` for `durationMs`; returns every report. */
function run(
  base: Baseline | null,
  frameAt: (tMs: number) => FrameInput,
  durationMs: number,
  start: { state: ClassifierState; fromMs: number } = {
    state: initialClassifierState(),
    fromMs: 0,
  },
) {
  let state = start.state;
  const reports: PostureReport[] = [];
  let suggested = false;
  for (let t = start.fromMs; t < start.fromMs + durationMs; t += FRAME_MS) {
    const out = stepClassifier(state, frameAt(t), base ? [base] : [], 5, t);
    state = out.state;
    reports.push(out.report);
    suggested = out.report.recalibrationSuggested ?? false;
  }
  return { state, reports, suggested, endMs: start.fromMs + durationMs };
}

const firstTime = (reports: readonly PostureReport[], s: string) =>
  reports.find((r) => r.state === s)?.timeMs;

describe('stepClassifier', () => {
  const base = baseline();
  const upright = () => frontalPose();
  const slumped = () => frontalPose({ headDrop: 55 });

  it('reports upright for a calibrated posture from the first frame', () => {
    const { reports } = run(base, upright, 10_000);
    expect(reports.every((r) => r.state === 'upright')).toBe(true);
    expect(Math.max(...reports.map((r) => r.slouchScore))).toBeLessThan(0.2);
  });

  it('reports a sustained slouch after it has lasted, with its reasons', () => {
    const { reports } = run(base, (t) => (t < 5000 ? upright() : slumped()), 30_000);
    const since = firstTime(reports, 'slouching');
    expect(since).toBeDefined();
    // Not before the dwell time, not much later either.
    expect(since! - 5000).toBeGreaterThanOrEqual(8000);
    expect(since! - 5000).toBeLessThan(12_000);
    const last = reports.at(-1)!;
    expect(last.state).toBe('slouching');
    expect(last.reasons.map((r) => r.metric)).toContain('neckHeight');
    expect(last.slouchScore).toBeGreaterThan(0.5);
  });

  it('never counts glances down at the keyboard, even repeated ones', () => {
    // 4 s looking down (chin down and head lowered), 6 s up, over two minutes.
    const glancing = (t: number) =>
      t % 10_000 < 4000 ? frontalPose({ headDrop: 55, chinDown: 20 }) : upright();
    const { reports } = run(base, glancing, 120_000);
    expect(reports.some((r) => r.state === 'slouching')).toBe(false);
    // The same 4-second dips as a slouched head (not a glance) also stay under the dwell time.
    const dips = run(base, (t) => (t % 10_000 < 4000 ? slumped() : upright()), 120_000);
    expect(dips.reports.some((r) => r.state === 'slouching')).toBe(false);
  });

  it('holds the verdict through a borderline posture (hysteresis) and returns to upright', () => {
    const slouched = run(base, slumped, 20_000);
    expect(slouched.state.state).toBe('slouching');
    // Slightly better but still past the exit threshold: stays slouching.
    const borderline = run(base, () => frontalPose({ headDrop: 24 }), 20_000, {
      state: slouched.state,
      fromMs: slouched.endMs,
    });
    expect(borderline.reports.every((r) => r.state === 'slouching')).toBe(true);
    const recovered = run(base, upright, 10_000, {
      state: borderline.state,
      fromMs: borderline.endMs,
    });
    expect(recovered.reports.at(-1)?.state).toBe('upright');
    const upAt = firstTime(recovered.reports, 'upright')! - borderline.endMs;
    expect(upAt).toBeLessThan(6000);
  });

  it('reports away after the person has been gone a few seconds, not at once', () => {
    const { reports } = run(base, (t) => (t < 5000 ? upright() : emptyFrame()), 15_000);
    const awayAt = firstTime(reports, 'away')!;
    expect(awayAt - 5000).toBeGreaterThanOrEqual(3000);
    expect(reports.at(-1)).toMatchObject({ state: 'away', slouchScore: 0 });
    expect(reports.filter((r) => r.timeMs < 7000).every((r) => r.state === 'upright')).toBe(true);
  });

  it('reports uncertain with a reason when several people are in view', () => {
    const { reports } = run(base, (t) => ({ ...upright(), personCount: t < 3000 ? 1 : 2 }), 10_000);
    expect(reports.at(-1)?.state).toBe('uncertain');
    expect(reports.at(-1)?.reasons[0]?.metric).toBe('people');
  });

  it('asks for calibration when there is no baseline', () => {
    const { reports } = run(null, slumped, 2000);
    expect(reports.every((r) => r.state === 'uncertain')).toBe(true);
    expect(reports[0]?.reasons[0]?.metric).toBe('calibration');
  });

  it('starts afresh after a long gap instead of carrying old evidence', () => {
    const slouched = run(base, slumped, 20_000);
    expect(slouched.state.state).toBe('slouching');
    // The machine slept for an hour; the first frame after is upright.
    const after = stepClassifier(slouched.state, upright(), [base], 5, slouched.endMs + 3_600_000);
    expect(after.report.state).toBe('upright');
  });

  it('treats a frame from the past as simultaneous instead of throwing', () => {
    const first = stepClassifier(initialClassifierState(), upright(), [base], 5, 10_000);
    const back = stepClassifier(first.state, slumped(), [base], 5, 9_000);
    expect(back.report.state).toBe('upright');
    expect(Number.isFinite(back.report.slouchScore)).toBe(true);
  });
});
