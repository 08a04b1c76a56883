import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  expect,
  openWithSettings,
  savedSettings,
  test,
  watchCamera,
  menuItem,
  setupToCalibration,
} from './fixtures';

/**
 * Calibration as a person goes through it in the browser host: the optional slump step of
 * onboarding, and the guided recalibration from the controls ("Recalibrate posture"), with the
 * real camera pipeline on a fake camera.
 */

const axeViolations = async (page: Page): Promise<string[]> =>
  (await new AxeBuilder({ page }).include('.onboarding').analyze()).violations.map((v) => v.id);

/** The latest baseline saved for a camera (the book keeps a list per camera, newest first). */
const savedBaseline = (page: Page, cameraId: string) =>
  page.evaluate((id) => {
    const entry = JSON.parse(localStorage.getItem('poise.calibration') ?? '{}')[id];
    return (Array.isArray(entry) ? entry[0] : entry) as Record<string, unknown> | undefined;
  }, cameraId);

test.describe('onboarding with the slump step', () => {
  // 45 s upright, then 45 s slouched: upright calibration in the first part, the slump in the
  // second. The fake camera plays in real time, so the parts are long enough for a busy machine;
  // the test then checks what was recorded, not how long it took.
  test.use({ cameraVideo: 'upright-then-slumped' });

  test('records how the person slumps and saves it with the baseline', async ({
    page,
    appUrl,
    offOriginRequests,
  }) => {
    const camera = await watchCamera(page);
    await page.goto(appUrl);
    await setupToCalibration(page);

    await page.getByRole('button', { name: 'Start calibration' }).click();
    await expect(page.getByText('Starting in')).toBeVisible();
    await expect(page.getByLabel('Hold still…')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('Calibrated.')).toBeVisible({ timeout: 45_000 });

    // Optional, so Next is already enabled; the slump step is offered.
    await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled();
    await expect(page.getByRole('heading', { name: /Optional/ })).toBeVisible();
    await expect(page.getByText('Now sit the way you slump when you are tired')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Wait for the video's slouched part, as a person would take a moment to slump.
    await expect.poll(camera.msSinceFirstOpen, { timeout: 60_000 }).toBeGreaterThan(47_000);
    await page.getByRole('button', { name: 'Record my slump' }).click();
    await expect(page.getByLabel('Stay slumped and hold still…')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('Poise now knows how you slump')).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Today' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    const cameraId = (await savedSettings(page)).monitoring.cameraId as string;
    const baseline = await savedBaseline(page, cameraId);
    expect(baseline).toMatchObject({ cameraId, slouched: expect.any(Object) });
    // The recorded slump was seen as the head sinking in the picture (only metrics that moved
    // the slouched way are kept), so it really came from the video's slouched part.
    const slouched = Object.keys(baseline!.slouched as object);
    expect(slouched.some((id) => id === 'earLine' || id === 'eyeLine')).toBe(true);
    expect(offOriginRequests).toEqual([]);
  });
});

test.describe('guided recalibration', () => {
  test.use({ cameraVideo: 'upright' });

  test('tells the person what to do, counts down, records, confirms, and gives the camera back', async ({
    page,
    appUrl,
    offOriginRequests,
  }) => {
    const camera = await watchCamera(page);
    await openWithSettings(page, appUrl);
    const status = page.getByTestId('status');
    await expect.poll(camera.liveTracks, { timeout: 30_000 }).toBe(1);

    await (await menuItem(page, 'Recalibrate posture')).click();
    await expect(page.getByRole('heading', { name: 'Recalibrate your posture' })).toBeFocused();
    await expect(page.getByText('Sit upright and hold still').first()).toBeVisible();
    await expect(status).toContainText('Recalibrating your posture');
    // The countdown starts by itself once Poise sees the person, then the recording.
    await expect(page.getByText(/Starting in \d…/)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Done' })).toBeDisabled();
    await expect(page.getByLabel('Hold still…')).toBeVisible({ timeout: 10_000 });
    // The background monitor (the first stream) stood aside: only this view uses the camera now,
    // with one stream for its preview and its pose model alike.
    const [monitorStream, ...viewStreams] = await camera.streamsLive();
    expect(monitorStream).toBe(false);
    expect(viewStreams.filter(Boolean)).toHaveLength(1);
    await expect(page.getByText('Recalibrated.')).toBeVisible({ timeout: 30_000 });

    // Then the same optional slump step as onboarding; Done skips it.
    await expect(page.getByRole('button', { name: 'Record my slump' })).toBeVisible();
    await expect(page.getByText('choose Done to skip it')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();

    await expect(page.getByRole('button', { name: 'Today' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const baseline = await savedBaseline(page, 'default');
    expect(baseline).toMatchObject({ cameraId: 'default' });
    expect(baseline).not.toHaveProperty('slouched');
    // The view's stream is closed, and the monitor has the camera again (a stream of its own),
    // judged against the new baseline.
    await expect(status).toContainText('Sitting well', { timeout: 60_000 });
    await expect.poll(camera.liveTracks, { timeout: 10_000 }).toBe(1);
    expect(await camera.streamsLive()).toEqual([false, false, true]);
    expect(offOriginRequests).toEqual([]);
  });

  test('cancelled part-way: nothing is saved and the camera goes back to the monitor', async ({
    page,
    appUrl,
  }) => {
    const camera = await watchCamera(page);
    await openWithSettings(page, appUrl);
    await (await menuItem(page, 'Recalibrate posture')).click();
    await expect(page.getByText(/Starting in \d…/)).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();

    await expect(page.getByRole('heading', { name: 'Recalibrate your posture' })).toHaveCount(0);
    expect(await savedBaseline(page, 'default')).toBeUndefined();
    await expect(page.getByTestId('status')).not.toContainText('Recalibrating', {
      timeout: 10_000,
    });
    await expect.poll(camera.liveTracks, { timeout: 30_000 }).toBe(1);
    expect((await camera.streamsLive()).at(-1)).toBe(true);
  });

  test('a pause turns the camera off here too, and says why', async ({ page, appUrl }) => {
    const camera = await watchCamera(page);
    await openWithSettings(page, appUrl);
    await (await menuItem(page, 'Recalibrate posture')).click();
    await expect(page.getByText(/Starting in \d…/)).toBeVisible({ timeout: 60_000 });
    await (await menuItem(page, 'For 30 minutes')).click();

    await expect(page.getByText('Poise has turned the camera off for now')).toBeVisible();
    await expect.poll(camera.liveTracks, { timeout: 10_000 }).toBe(0);
    await expect(page.getByRole('button', { name: 'Done' })).toBeDisabled();
  });
});
