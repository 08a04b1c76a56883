import type { Page } from '@playwright/test';
import { expect, savedSettings, test, watchCamera, menuItem } from './fixtures';

/**
 * The camera is Poise's to use only after the person says so in setup ("Allow camera"), and setup
 * is never a dead end: no camera, or a denied one, ends in "Continue without a camera (breaks
 * only)". Notification permission is asked for on a click, never on page load.
 */

const NOT_SET_UP = 'Finish setting up Poise to start posture watching';
const WATCHING_OFF = 'Posture watching is off: run setup again to turn it on';
const WITHOUT_CAMERA = 'Continue without a camera (breaks only)';

/** Counts Notification.requestPermission calls: the browser's prompt can come from nowhere else. */
async function watchNotificationPrompts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const watch = window as unknown as { __poisePermissionPrompts: number };
    watch.__poisePermissionPrompts = 0;
    const original = Notification.requestPermission.bind(Notification);
    Notification.requestPermission = (callback) => {
      watch.__poisePermissionPrompts += 1;
      return original(callback);
    };
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __poisePermissionPrompts: number }).__poisePermissionPrompts,
    );
}

/**
 * Move the page's clock (installed before it loaded) past anything it has scheduled: a monitor
 * that was going to start by itself, or to retry, would ask for the camera on the way.
 */
const runPageTimers = (page: Page): Promise<void> => page.clock.runFor(10_000);

/** From the breaks step (camera steps skipped) to the end, and back on Today. */
async function finishBreaksOnly(page: Page): Promise<void> {
  await expect(page.getByRole('list', { name: 'Steps' }).getByRole('listitem')).toHaveText([
    'Welcome to Poise',
    'Breaks',
  ]);
  // A browser tab cannot start with the computer: setup ends with the breaks.
  await expect(page.getByText('to let Poise watch your posture after all')).toBeVisible();
  await page.getByRole('button', { name: 'Finish', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
}

/** Set up without a camera: monitoring is off for good, breaks are on, and the page says so. */
async function expectBreaksOnly(page: Page, camera: Awaited<ReturnType<typeof watchCamera>>) {
  const status = page.getByTestId('status');
  await expect(status).toHaveText(WATCHING_OFF);
  expect(await savedSettings(page)).toMatchObject({
    firstRunComplete: true,
    monitoring: { enabled: false },
    breaks: { microEnabled: true, longEnabled: true },
  });
  await expect(await menuItem(page, 'Run setup again…')).toBeVisible();
  await expect.poll(camera.liveTracks, { timeout: 10_000 }).toBe(0);
  const asked = await camera.requests();
  await runPageTimers(page);
  expect(await camera.requests()).toBe(asked);

  // Breaks need no camera.
  await (await menuItem(page, 'Take a break now')).click();
  await expect(status).toContainText('On a micro break');
  await page.keyboard.press('Escape');
  await expect(status).toHaveText(WATCHING_OFF);
}

test.describe('with a camera', () => {
  test.use({ cameraVideo: 'upright' });

  test('no camera before "Allow camera", none after "Not now", and a way back to setup', async ({
    page,
    appUrl,
    offOriginRequests,
  }) => {
    const camera = await watchCamera(page);
    await page.clock.install();
    await page.goto(appUrl);
    const status = page.getByTestId('status');
    await expect(page.getByRole('heading', { name: 'Welcome to Poise' })).toBeVisible();
    await expect(status).toHaveText(NOT_SET_UP);
    await runPageTimers(page);
    expect(await camera.requests()).toBe(0);

    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByRole('button', { name: 'Today' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(status).toHaveText(NOT_SET_UP);
    const finishSetup = await menuItem(page, 'Finish setting up Poise…');
    await expect(finishSetup).toBeVisible();
    await runPageTimers(page);
    expect(await camera.requests()).toBe(0);
    expect(await savedSettings(page)).toMatchObject({ firstRunComplete: false });

    // The prompt stays until setup is done, and leads back to it.
    await page.getByRole('button', { name: 'Routines', exact: true }).click();
    await expect(status).toHaveText(NOT_SET_UP);
    await (await menuItem(page, 'Finish setting up Poise…')).click();
    await expect(page.getByRole('heading', { name: 'Welcome to Poise' })).toBeVisible();
    expect(await camera.requests()).toBe(0);

    // The consent point: the camera opens now, once, for setup's preview and pose model alike.
    await page.getByRole('button', { name: 'Allow camera' }).click();
    await expect(page.getByText('Poise can see you')).toBeVisible({ timeout: 60_000 });
    expect(await camera.liveTracks()).toBe(1);
    expect(await camera.requests()).toBe(1);
    await expect(status).toHaveText(NOT_SET_UP);

    // Changing one's mind on the welcome step lets go of the camera again.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: WITHOUT_CAMERA }).click();
    await expect(page.getByRole('heading', { name: 'Breaks' })).toBeFocused();
    await expect.poll(camera.liveTracks, { timeout: 10_000 }).toBe(0);
    await finishBreaksOnly(page);
    await expectBreaksOnly(page, camera);

    // A reload is not a first run, and still opens no camera.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Welcome to Poise' })).toHaveCount(0);
    await expect(page.getByTestId('status')).toHaveText(WATCHING_OFF);
    await runPageTimers(page);
    expect(await camera.requests()).toBe(0);
    expect(offOriginRequests).toEqual([]);
  });
});

test.describe('no camera at all', () => {
  test.use({ cameraVideo: 'none' });

  test('says so, offers Try again, and finishes with breaks only', async ({ page, appUrl }) => {
    const camera = await watchCamera(page);
    const prompts = await watchNotificationPrompts(page);
    await page.clock.install();
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Allow camera' }).click();

    const problem = page.locator('.ob-card [role="alert"]');
    await expect(problem).toHaveText('No camera found. Plug one in, then choose Try again.');
    await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
    const asked = await camera.requests();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(camera.requests).toBeGreaterThan(asked);
    await expect(problem).toContainText('No camera found');

    await page.getByRole('button', { name: WITHOUT_CAMERA }).click();
    await expect(page.getByRole('heading', { name: 'Breaks' })).toBeFocused();

    // The notification prompt comes from the button, not from the page or the step.
    await expect(page.getByText('Let Poise tell you when a break is due')).toBeVisible();
    expect(await prompts()).toBe(0);
    await page.getByRole('button', { name: 'Allow notifications' }).click();
    await expect.poll(prompts).toBe(1);
    await expect(page.getByText(/^Notifications are (allowed|blocked)/)).toBeVisible();

    await finishBreaksOnly(page);
    await expectBreaksOnly(page, camera);
  });
});

test.describe('camera permission denied', () => {
  test.use({ cameraVideo: 'upright', grantCamera: false });

  test('says the camera is not allowed (not "no camera"), and finishes with breaks only', async ({
    page,
    appUrl,
  }) => {
    const camera = await watchCamera(page);
    const prompts = await watchNotificationPrompts(page);
    await page.clock.install();
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Allow camera' }).click();

    const problem = page.locator('.ob-card [role="alert"]');
    await expect(problem).toContainText('Poise is not allowed to use the camera');
    await expect(page.getByText('No camera found')).toHaveCount(0);
    const asked = await camera.requests();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(camera.requests).toBeGreaterThan(asked);
    await expect(problem).toContainText('not allowed');

    await page.getByRole('button', { name: WITHOUT_CAMERA }).click();
    await expect(page.getByRole('heading', { name: 'Breaks' })).toBeFocused();
    // This browser blocks every prompt: the person is told, in words, after their click.
    expect(await prompts()).toBe(0);
    await page.getByRole('button', { name: 'Allow notifications' }).click();
    await expect(page.getByText(/^Notifications are blocked/)).toBeVisible();
    expect(await prompts()).toBe(1);

    await finishBreaksOnly(page);
    await expectBreaksOnly(page, camera);
  });
});
