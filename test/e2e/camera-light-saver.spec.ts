import type { Page } from '@playwright/test';
import { launchChromium } from '../support/chromium';
import { fakeCameraVideo } from '../support/fake-camera-videos';
import { expect, menuItem, openWithSettings, test, watchCamera } from './fixtures';
import type { PageProblems } from './page-problems';

/**
 * The camera-light saver in real Chromium with a fake camera: bursts of the camera instead of a
 * camera held open, the classifier still reaching a verdict across them, and the coach's
 * shortened grace period (shared/core/camera-light-saver.ts).
 *
 * Chromium's fake camera starts its file again at every opening, so a single "upright, then
 * slouched" video would show each burst only its upright start. Instead the person calibrates in
 * a first browser whose camera plays the upright recording, and then sits slouched in front of
 * the browser under test, whose camera plays a settled slouch from its first frame.
 */

/** Calibrate with the guided recalibration on the upright recording; hand back what was saved. */
async function calibrationFromUprightVideo(
  appUrl: string,
  pageProblems: PageProblems,
): Promise<string> {
  const browser = await launchChromium({ cameraVideo: fakeCameraVideo('upright') });
  try {
    const context = await browser.newContext({ locale: 'en-US' });
    pageProblems.watch(context);
    const page = await context.newPage();
    await openWithSettings(page, appUrl);
    await (await menuItem(page, 'Recalibrate posture')).click();
    await expect(page.getByText('Recalibrated.')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Done' }).click();
    const saved = await page.evaluate(() => localStorage.getItem('poise.calibration'));
    if (!saved) throw new Error('The recalibration saved no baseline.');
    return saved;
  } finally {
    await browser.close();
  }
}

/** Every text the status line shows, in order, from the moment this is called. */
async function recordStatusTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statusTexts: string[] }).__statusTexts = seen;
    const status = document.querySelector('[data-testid="status"]')!;
    const note = () => {
      const text = status.textContent ?? '';
      if (seen.at(-1) !== text) seen.push(text);
    };
    note();
    new MutationObserver(note).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __statusTexts: string[] }).__statusTexts);
}

test.describe('camera-light saver', () => {
  test.use({ cameraVideo: 'slouched-settled' });

  test('opens the camera in bursts, still sees the slouch, and nudges with the shortened grace period', async ({
    page,
    appUrl,
    pageProblems,
  }) => {
    test.setTimeout(240_000);
    const calibration = await calibrationFromUprightVideo(appUrl, pageProblems);

    const camera = await watchCamera(page);
    // The page's own clock, to move it past the next burst at the end instead of waiting for it.
    await page.clock.install();
    await page.goto(appUrl);
    await page.evaluate(
      ({ settings, calibration }) => {
        localStorage.setItem('poise.settings', settings);
        localStorage.setItem('poise.calibration', calibration);
      },
      {
        settings: JSON.stringify({
          version: 1,
          firstRunComplete: true,
          monitoring: { cameraLightSaver: '10' },
          // A 10 s grace with 10 s bursts leaves none: the burst that confirms the slouch
          // nudges at once. Held open, the camera would show "Slouching" for 10 s first.
          coaching: { graceSeconds: 10, cooldownSeconds: 10, escalation: ['tray'] },
        }),
        calibration,
      },
    );
    await page.reload();
    const status = page.getByTestId('status');
    await expect(status).toBeVisible();
    const statusTexts = await recordStatusTexts(page);

    // The first burst opens the camera, and then lets go of it: its track ends, the light is off.
    await expect.poll(async () => (await camera.streamsLive())[0], { timeout: 60_000 }).toBe(false);

    // Samples from the bursts reach the classifier: the slouch is seen at the end of one burst and
    // through the next, and the first slouching verdict already brings the nudge.
    await expect(status).toContainText('Slouching: time to sit up', { timeout: 90_000 });
    const texts = await statusTexts();
    const firstSlouch = texts.find((text) => text.includes('Slouching'));
    expect(firstSlouch).toContain('Slouching: time to sit up');
    expect(await camera.requests()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole('meter', { name: 'Slouch, on your own scale' })).toBeVisible();

    // Between bursts the camera is off again while the verdict and the nudge stand.
    await expect
      .poll(
        async () => {
          const streams = await camera.streamsLive();
          return streams.length >= 2 && streams.every((live) => !live);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await expect(status).toContainText('Slouching: time to sit up');

    // A pause releases the camera and cancels the next burst.
    await (await menuItem(page, 'For 30 minutes')).click();
    await expect(status).toContainText('Paused until');
    expect(await camera.liveTracks()).toBe(0);
    const requestsWhenPaused = await camera.requests();
    // Longer than a period: a burst that was still due would have asked for the camera by now.
    await page.clock.runFor(12_000);
    expect(await camera.requests()).toBe(requestsWhenPaused);
    expect(await camera.liveTracks()).toBe(0);
  });
});
