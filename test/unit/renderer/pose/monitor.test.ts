import { describe, expect, it, vi } from 'vitest';
import type { MonitorStatus } from '../../../../shared/core/posture-status';
import type { PoseDetector } from '../../../../renderer/pose/detector';
import { createMonitor, type MonitorSettings } from '../../../../renderer/pose/monitor';
import { PoseError } from '../../../../renderer/pose/pose-errors';
import { fakeDetector } from './support/fake-detector';
import { fakeClock } from './support/fake-clock';
import { FakeMediaDevices, FakePermissions, fakeVideoSources } from './support/fake-media';

/** The whole monitor on fake time, camera and model: its parts wired as the app wires them. */
function setup(
  settings: Partial<MonitorSettings> = {},
  loadDetector: () => Promise<PoseDetector> = async () => fakeDetector(),
) {
  const clock = fakeClock();
  const media = new FakeMediaDevices();
  const statuses: MonitorStatus[] = [];
  const samples: number[] = [];
  const cameras: (string | null)[] = [];
  const monitor = createMonitor(
    {
      modelBaseUrl: 'models/movenet-lightning/',
      wasmBaseUrl: 'wasm/',
      settings: { cameraId: '', allowWebgl: false, ...settings },
      onSample: (_sample, timeMs) => samples.push(timeMs),
      onStatus: (status) => statuses.push(status),
      onCamera: (camera) => cameras.push(camera ? camera.deviceId : null),
    },
    {
      clock,
      elapsedMs: () => clock.now(),
      media,
      permissions: new FakePermissions(),
      attach: fakeVideoSources().attach,
      loadDetector,
    },
  );
  const kinds = () => statuses.map((s) => (s.kind === 'error' ? s.problem : s.kind));
  return { clock, media, statuses, samples, cameras, monitor, kinds };
}

describe('monitor', () => {
  it('loads the model before the camera: a missing model is reported and the camera never asked for', async () => {
    const missing = new PoseError('model-missing', 'The pose model files are missing.');
    const { clock, media, kinds, monitor } = setup({}, () => Promise.reject(missing));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await monitor.start();
    expect(logged).toHaveBeenCalledWith('[poise monitor]', missing.message, '');
    logged.mockRestore();
    expect(kinds()).toEqual(['starting', 'model-missing']);
    await clock.advance(10 * 60_000);
    expect(media.requests).toBe(0);
  });

  it('reports a camera lost mid-run, then picks it up again and samples on', async () => {
    const { clock, media, samples, kinds, monitor } = setup();
    await monitor.start();
    await clock.advance(100);
    media.liveTrack().end();
    expect(monitor.status).toMatchObject({ kind: 'error', problem: 'camera-lost' });
    expect(media.liveTracks()).toBe(0);
    const beforeLoss = samples.length;
    await clock.advance(1000); // the first backoff
    expect(kinds()).toEqual(['starting', 'running', 'camera-lost', 'running']);
    expect(samples.length).toBeGreaterThan(beforeLoss);
    expect(samples.at(-1)).toBe(1100);
  });

  it('with the camera-light saver, holds the camera only during bursts and keeps reporting running', async () => {
    const { clock, media, samples, kinds, monitor } = setup({ burstPeriodMs: 10_000 });
    await monitor.start();
    expect(media.liveTracks()).toBe(1);
    await clock.advance(3000);
    expect(samples).toEqual([500, 1000, 1500, 2000, 2500, 3000]);
    await clock.advance(500);
    expect(media.liveTracks()).toBe(0);

    await clock.advance(6499);
    expect(media.requests).toBe(1);
    await clock.advance(1);
    expect(media.requests).toBe(2);
    expect(media.liveTracks()).toBe(1);
    expect(kinds()).toEqual(['starting', 'running']);
  });

  it('calibration between two bursts opens the camera at once', async () => {
    const { clock, media, samples, monitor } = setup({ burstPeriodMs: 10_000 });
    await monitor.start();
    await clock.advance(3500);
    expect(media.liveTracks()).toBe(0);
    monitor.setMode('calibrating');
    await clock.settle();
    expect(media.liveTracks()).toBe(1);
    await clock.advance(0);
    expect(samples.at(-1)).toBe(3500);
  });

  it('stop() while the camera is being asked for leaves no light on', async () => {
    const { clock, media, cameras, monitor } = setup();
    const answer = media.holdAnswers();
    const starting = monitor.start();
    await clock.settle(); // the model is loaded: the camera has been asked for
    expect(media.requests).toBe(1);
    monitor.stop('paused');
    answer();
    await starting;
    expect(media.liveTracks()).toBe(0);
    expect(cameras).toEqual([]);
    expect(monitor.status).toEqual({ kind: 'stopped', reason: 'paused' });
  });
});
