import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * The real pose pipeline (camera -> motion check -> MoveNet on tfjs wasm) in Debian Chromium,
 * with a fake camera playing the shared recordings. Driven through the pose lab page.
 */
type LabState = Awaited<ReturnType<Window['__poseLab']['state']>>;

const state = (page: Page): Promise<LabState> => page.evaluate(() => window.__poseLab.state());

async function openLab(page: Page, appUrl: string) {
  await page.goto(new URL('pose-lab.html', appUrl).href);
  await expect(page.getByRole('heading', { name: 'Pose lab' })).toBeVisible();
}

test.describe('with a person in front of the camera', () => {
  test.use({ cameraVideo: 'upright' });

  test('turns camera frames into posture samples, on wasm, without leaking tensors or leaving the origin', async ({
    page,
    appUrl,
    offOriginRequests,
  }) => {
    await openLab(page, appUrl);
    await page.evaluate(() => window.__poseLab.startMonitor());
    await expect(page.getByRole('status')).toHaveText('running (wasm)');
    await expect
      .poll(async () => (await state(page)).inferenceMs.length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(3);

    const first = await state(page);
    expect(first.backend).toBe('wasm');
    expect(first.firstSampleAfterMs).not.toBeNull();
    const sample = first.lastSample!;
    expect(sample.backend).toBe('wasm');
    expect(sample.keypoints).toHaveLength(17);
    expect(sample.imageWidth).toBeGreaterThan(0);
    const [nose, leftShoulder, rightShoulder] = ['nose', 'left_shoulder', 'right_shoulder'].map(
      (name) => sample.keypoints.find((k) => k.name === name)!,
    );
    expect(nose!.score).toBeGreaterThan(0.3);
    expect(nose!.y).toBeLessThan(leftShoulder!.y);
    expect(nose!.y).toBeLessThan(rightShoulder!.y);

    // Tensor count is flat once warm: the same number after several more analyses.
    const tensors = first.tensors;
    const runs = first.inferenceMs.length;
    await expect
      .poll(async () => (await state(page)).inferenceMs.length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(runs + 3);
    expect((await state(page)).tensors).toBe(tensors);

    // The page shows numbers only: no video or canvas is ever attached to the document.
    expect(await page.locator('video, canvas').count()).toBe(0);
    expect(offOriginRequests).toEqual([]);
  });

  test('stopping releases the camera; starting again resumes sampling', async ({
    page,
    appUrl,
  }) => {
    // The page's clock, so the test can move it past the monitor's timers instead of waiting.
    await page.clock.install();
    await openLab(page, appUrl);
    await page.evaluate(() => window.__poseLab.startMonitor());
    await expect.poll(async () => (await state(page)).samples).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__poseLab.liveTracks())).toBe(1);

    await page.evaluate(() => window.__poseLab.stopMonitor('paused'));
    await expect(page.getByRole('status')).toHaveText('stopped (paused)');
    expect(await page.evaluate(() => window.__poseLab.liveTracks())).toBe(0);
    const afterStop = (await state(page)).samples;
    // Past several ticks and a heartbeat of a loop that would still be running: nothing comes.
    await page.clock.runFor(10_000);
    expect((await state(page)).samples).toBe(afterStop);

    await page.evaluate(() => window.__poseLab.resumeMonitor());
    await expect(page.getByRole('status')).toHaveText('running (wasm)');
    await expect.poll(async () => (await state(page)).samples).toBeGreaterThan(afterStop);
  });

  test('a chosen camera that is not connected falls back to the default one and says so', async ({
    page,
    appUrl,
  }) => {
    await openLab(page, appUrl);
    await page.evaluate(() => window.__poseLab.startMonitor({ cameraId: 'unplugged-usb-camera' }));
    await expect.poll(async () => (await state(page)).samples).toBeGreaterThan(0);
    const { fallbacks, status } = await state(page);
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]!.requestedId).toBe('unplugged-usb-camera');
    expect(fallbacks[0]!.usedId).not.toBe('unplugged-usb-camera');
    expect(status).toMatchObject({ kind: 'running', cameraFallback: true });

    // The default camera asked for by name: no fallback, nothing to tell.
    await page.evaluate(() => window.__poseLab.startMonitor({ cameraId: '' }));
    await expect.poll(async () => (await state(page)).samples).toBeGreaterThan(0);
    expect((await state(page)).fallbacks).toEqual([]);
    expect((await state(page)).status).not.toHaveProperty('cameraFallback');
  });
});

test.describe('with a perfectly still subject', () => {
  test.use({ cameraVideo: 'still' });

  test('skips inference while nothing moves but keeps a heartbeat; calibration samples fast', async ({
    page,
    appUrl,
  }) => {
    await openLab(page, appUrl);
    await page.evaluate(() => window.__poseLab.startMonitor());
    await expect.poll(async () => (await state(page)).inferenceMs.length).toBeGreaterThanOrEqual(1);
    await page.evaluate(() => window.__poseLab.resetCounters());
    // Counted in samples, not seconds: heartbeats (every 3 s of the page's time) keep coming
    // while the model rests, however busy the machine. Three of them are 9 s, well inside the
    // 20 s refresh: at most one of the three is a model run.
    await expect
      .poll(async () => (await state(page)).samples, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(3);
    const idle = await state(page);
    expect(idle.inferenceMs.length).toBeLessThanOrEqual(1);
    expect(idle.lastSample?.keypoints).toHaveLength(17);

    // Calibrating, the same still scene is analysed on every tick: samples are model runs, not
    // heartbeats (one may straddle the switch).
    await page.evaluate(() => {
      window.__poseLab.resetCounters();
      window.__poseLab.setMode('calibrating');
    });
    await expect
      .poll(async () => (await state(page)).samples, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(6);
    const calibrating = await state(page);
    expect(calibrating.inferenceMs.length).toBeGreaterThanOrEqual(calibrating.samples - 1);
  });
});
