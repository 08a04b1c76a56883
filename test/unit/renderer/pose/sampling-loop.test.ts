import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { burstConfig, type BurstConfig } from '../../../../renderer/pose/burst-schedule';
import { createSamplingLoop } from '../../../../renderer/pose/sampling-loop';
import { DEFAULT_SAMPLING, type MonitorMode } from '../../../../renderer/pose/sampling-policy';
import { fakeDetector } from './support/fake-detector';
import { fakeClock } from './support/fake-clock';
import { fakeFrames, moved } from './support/fake-media';

/** A loop on a fake clock, frames and detector; `emitted` holds the time of every sample sent on. */
function setup(bursts: BurstConfig | null = null) {
  const clock = fakeClock();
  const detector = fakeDetector();
  const frames = fakeFrames();
  const emitted: number[] = [];
  const burstEnds: number[] = [];
  const engine = { failed: 0 };
  const state = { mode: 'normal' as MonitorMode };
  const loop = createSamplingLoop({
    clock,
    elapsedMs: () => clock.now(),
    config: DEFAULT_SAMPLING,
    mode: () => state.mode,
    bursts: () => bursts,
    onSample: (_sample, timeMs) => emitted.push(timeMs),
    onBurstEnd: (reopenInMs) => burstEnds.push(reopenInMs),
    onEngineFailed: () => (engine.failed += 1),
  });
  return { clock, detector, frames, emitted, burstEnds, engine, state, loop };
}

describe('sampling loop', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('grabs no frame after it halts, even when nudged', async () => {
    const { clock, detector, frames, loop } = setup();
    loop.run(frames, detector, { startedMs: 0, openedMs: 0 });
    await clock.advance(0);
    expect(frames.grabs).toBe(1);
    loop.halt();
    expect(clock.pendingTimers).toBe(0);
    loop.nudge(); // a mode change while the camera is closed
    await clock.advance(60_000);
    expect(frames.grabs).toBe(1);
    expect(detector.estimates).toEqual([0]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('skips the model while the scene is still, with a heartbeat; a movement runs it at the next tick', async () => {
    const { clock, detector, frames, emitted, loop } = setup();
    loop.run(frames, detector, { startedMs: 0, openedMs: 0 });
    await clock.advance(5500);
    // One look a second, but the model only on the first: the rest are a still scene.
    expect(frames.grabs).toBe(6);
    expect(detector.estimates).toEqual([0]);
    // A heartbeat at 3 s repeats the last result without running the model.
    expect(emitted).toEqual([0, 3000]);

    frames.scene = moved();
    await clock.advance(500);
    expect(detector.estimates).toEqual([0, 6000]);
  });

  it('a burst waits for the camera to settle, analyses every frame of it, then ends on schedule', async () => {
    const { clock, detector, frames, burstEnds, loop } = setup(burstConfig(10_000));
    loop.run(frames, detector, { startedMs: 0, openedMs: 0 });
    await clock.advance(499);
    expect(detector.estimates).toEqual([]);
    await clock.advance(3001);
    // Still scene, yet every frame is analysed: a burst is too short to skip any.
    expect(detector.estimates).toEqual([500, 1000, 1500, 2000, 2500, 3000]);
    // Ended at 3500; the next burst is due 10 s after this one asked for the camera.
    expect(burstEnds).toEqual([6500]);
    const grabs = frames.grabs;
    await clock.advance(60_000);
    expect(frames.grabs).toBe(grabs);
    expect(clock.pendingTimers).toBe(0);
  });

  it('holds the camera through calibration even with bursts on', async () => {
    const { clock, detector, frames, burstEnds, state, loop } = setup(burstConfig(10_000));
    state.mode = 'calibrating';
    loop.run(frames, detector, { startedMs: 0, openedMs: 0 });
    await clock.advance(5000);
    expect(burstEnds).toEqual([]);
    expect(detector.estimates).toHaveLength(5000 / DEFAULT_SAMPLING.calibratingIntervalMs + 1);
  });

  it('nudge() looks at once instead of waiting out the stable tick', async () => {
    const { clock, detector, frames, state, loop } = setup();
    loop.run(frames, detector, { startedMs: 0, openedMs: 0 });
    await clock.advance(100);
    state.mode = 'calibrating';
    loop.nudge();
    await clock.advance(0);
    expect(detector.estimates).toEqual([0, 100]);
  });

  it('gives up as an engine failure after three failed frames in a row, and not before', async () => {
    const broken = setup();
    broken.detector.failNext(3);
    broken.loop.run(broken.frames, broken.detector, { startedMs: 0, openedMs: 0 });
    await broken.clock.advance(60_000);
    expect(broken.detector.estimates).toEqual([0, 1000, 2000]);
    expect(broken.engine.failed).toBe(1);
    expect(broken.clock.pendingTimers).toBe(0);

    const flaky = setup();
    flaky.detector.failNext(2);
    flaky.loop.run(flaky.frames, flaky.detector, { startedMs: 0, openedMs: 0 });
    await flaky.clock.advance(2000);
    expect(flaky.engine.failed).toBe(0);
    expect(flaky.emitted).toEqual([2000]);
  });
});
