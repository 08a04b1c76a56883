import { describe, expect, it } from 'vitest';
import {
  COUNTDOWN_MS,
  flowBaseline,
  flowUnderWay,
  initialFlow,
  recordingView,
  stepFlow,
  type CalibrationFlow,
  type FlowEvent,
} from '../../../../renderer/onboarding/calibration-flow';
import { CALIBRATION_DURATION_MS } from '../../../../shared/posture/calibration';
import type { PoseFrame } from '../../../../shared/posture/geometry';
import { emptyFrame, frontalPose } from '../../shared/posture/support/synthetic-pose';

/** Upright with a little sway, and a slump: head sunk toward the shoulders, closer, chin down. */
const upright = (i: number): PoseFrame => frontalPose({ headDrop: (i % 3) - 1 });
const slumped = (i: number): PoseFrame =>
  frontalPose({ headDrop: 45 + (i % 3), headScale: 1.15, shoulderScale: 0.9, chinDown: 8 });

const run = (flow: CalibrationFlow, ...events: FlowEvent[]): CalibrationFlow =>
  events.reduce(stepFlow, flow);

/** Frames every 250 ms from `fromMs` for `ms`, as the monitor sends them while calibrating. */
function frames(fromMs: number, ms: number, frame: (i: number) => PoseFrame | null): FlowEvent[] {
  const out: FlowEvent[] = [];
  for (let t = 0, i = 0; t <= ms; t += 250, i += 1)
    out.push({ type: 'frame', frame: frame(i), nowMs: fromMs + t });
  return out;
}

/** Start a recording at `atMs`, let the countdown run, and feed it the whole recording. */
function record(
  flow: CalibrationFlow,
  step: 'upright' | 'slump',
  atMs: number,
  frame: (i: number) => PoseFrame | null,
): CalibrationFlow {
  const begins = atMs + COUNTDOWN_MS;
  return run(
    flow,
    { type: 'start', step, cameraId: 'cam', nowMs: atMs },
    ...frames(begins, CALIBRATION_DURATION_MS, frame),
    { type: 'tick', nowMs: begins + CALIBRATION_DURATION_MS },
  );
}

const view = (flow: CalibrationFlow, step: 'upright' | 'slump') =>
  recordingView(flow[step], flow.nowMs);

describe('calibration flow', () => {
  it('counts down, records upright for the calibration time, then confirms', () => {
    let flow = run(initialFlow, { type: 'start', step: 'upright', cameraId: 'cam', nowMs: 1000 });
    expect(view(flow, 'upright')).toEqual({ state: 'countdown', secondsLeft: 3 });
    expect(flowUnderWay(flow)).toBe(true);

    // Frames during the countdown do not count: the person is still settling.
    flow = run(flow, ...frames(1000, 2000, () => slumped(0)));
    expect(view(flow, 'upright')).toEqual({ state: 'countdown', secondsLeft: 1 });

    flow = run(flow, { type: 'tick', nowMs: 1000 + COUNTDOWN_MS });
    expect(view(flow, 'upright')).toEqual({ state: 'running', progress: 0 });
    flow = run(flow, ...frames(4000, 2500, upright));
    expect(view(flow, 'upright')).toEqual({ state: 'running', progress: 0.5 });

    flow = run(flow, ...frames(6750, 2250, upright));
    expect(view(flow, 'upright')).toEqual({ state: 'done' });
    expect(flowUnderWay(flow)).toBe(false);
    const baseline = flowBaseline(flow);
    expect(baseline?.cameraId).toBe('cam');
    expect(baseline?.slouched).toBeUndefined();
    // Nothing is kept of the frames but the baseline's numbers.
    expect(flow.upright).toEqual({ phase: 'done' });
  });

  it('ends a recording on the clock even when no frame comes, with the reason in plain words', () => {
    const flow = run(
      initialFlow,
      { type: 'start', step: 'upright', cameraId: 'cam', nowMs: 0 },
      { type: 'tick', nowMs: COUNTDOWN_MS },
      { type: 'tick', nowMs: COUNTDOWN_MS + CALIBRATION_DURATION_MS },
    );
    const shown = view(flow, 'upright');
    expect(shown.state).toBe('failed');
    expect(shown.state === 'failed' && shown.problem).toMatch(/no-upper-body|too-few-frames/);
    expect(flowBaseline(flow)).toBeNull();
  });

  it('fails when nobody is in view, and "Try again" starts over', () => {
    let flow = record(initialFlow, 'upright', 0, () => emptyFrame());
    expect(view(flow, 'upright')).toMatchObject({ state: 'failed' });
    flow = record(flow, 'upright', 20_000, upright);
    expect(view(flow, 'upright')).toEqual({ state: 'done' });
  });

  it('adds the optional slump to the upright baseline', () => {
    const calibrated = record(initialFlow, 'upright', 0, upright);
    const flow = record(calibrated, 'slump', 20_000, slumped);
    expect(view(flow, 'slump')).toEqual({ state: 'done' });
    const baseline = flowBaseline(flow);
    expect(baseline?.slouched).toBeDefined();
    expect(Object.keys(baseline?.slouched ?? {}).length).toBeGreaterThan(0);
    // Same upright measures as before: the slump only adds to them.
    expect(baseline?.metrics).toEqual(flowBaseline(calibrated)?.metrics);
  });

  it('keeps the upright baseline when the slump cannot be told from it', () => {
    const calibrated = record(initialFlow, 'upright', 0, upright);
    // Sitting exactly as when calibrated upright.
    const flow = record(calibrated, 'slump', 20_000, () => frontalPose());
    const shown = view(flow, 'slump');
    expect(shown.state).toBe('failed');
    expect(shown.state === 'failed' && shown.problem).toBe('no-slump-seen');
    expect(flowBaseline(flow)).toEqual(flowBaseline(calibrated));
  });

  it('offers the slump only after the upright calibration', () => {
    const flow = run(initialFlow, { type: 'start', step: 'slump', cameraId: 'cam', nowMs: 0 });
    expect(view(flow, 'slump')).toEqual({ state: 'idle' });
    expect(flowUnderWay(flow)).toBe(false);
  });

  it('calibrating upright again clears a slump recorded before', () => {
    const withSlump = record(record(initialFlow, 'upright', 0, upright), 'slump', 20_000, slumped);
    expect(flowBaseline(withSlump)?.slouched).toBeDefined();
    let flow = run(withSlump, { type: 'start', step: 'upright', cameraId: 'cam', nowMs: 40_000 });
    expect(view(flow, 'slump')).toEqual({ state: 'idle' });
    expect(flowBaseline(flow)).toBeNull();
    flow = run(flow, ...frames(40_000 + COUNTDOWN_MS, CALIBRATION_DURATION_MS, upright), {
      type: 'tick',
      nowMs: 50_000,
    });
    expect(view(flow, 'upright')).toEqual({ state: 'done' });
    expect(flowBaseline(flow)?.slouched).toBeUndefined();
  });

  it('drops a recording under way when the camera goes away', () => {
    let flow = run(
      record(initialFlow, 'upright', 0, upright),
      { type: 'start', step: 'slump', cameraId: 'cam', nowMs: 20_000 },
      ...frames(23_000, 1000, slumped),
      { type: 'cancel', nowMs: 24_500 },
    );
    expect(view(flow, 'slump')).toEqual({ state: 'idle' });
    expect(view(flow, 'upright')).toEqual({ state: 'done' });
    expect(flowUnderWay(flow)).toBe(false);
    // A late frame after the cancel changes nothing.
    flow = run(flow, { type: 'frame', frame: slumped(0), nowMs: 24_600 });
    expect(view(flow, 'slump')).toEqual({ state: 'idle' });
  });

  it('ignores a second press while a recording is under way', () => {
    const first = run(initialFlow, { type: 'start', step: 'upright', cameraId: 'cam', nowMs: 0 });
    const again = run(first, { type: 'start', step: 'upright', cameraId: 'cam', nowMs: 1500 });
    expect(again.upright).toEqual(first.upright);
  });

  it('never lets time run backwards when a frame arrives after a later tick', () => {
    const flow = run(
      initialFlow,
      { type: 'start', step: 'upright', cameraId: 'cam', nowMs: 0 },
      { type: 'tick', nowMs: 2100 },
      { type: 'frame', frame: upright(0), nowMs: 1900 },
    );
    expect(flow.nowMs).toBe(2100);
    expect(view(flow, 'upright')).toEqual({ state: 'countdown', secondsLeft: 1 });
  });
});
