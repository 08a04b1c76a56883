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
 * Whole flows in the browser host itself (index.html), where every piece is wired together as a
 * person meets it: first-run onboarding that leaves a working monitor behind, a break taken from
 * the tray's controls, and the routine library.
 */
test.use({ cameraVideo: 'upright' });

test('first run: onboarding saves the choices and a baseline, and monitoring starts on them', async ({
  page,
  appUrl,
  offOriginRequests,
}) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Welcome to Poise' })).toBeVisible();
  await setupToCalibration(page);
  await page.getByRole('button', { name: 'Start calibration' }).click();
  await expect(page.getByText('Calibrated.')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Micro break every (minutes)').fill('20');
  // A browser tab cannot start with the computer: setup ends with the breaks.
  await expect(page.getByRole('checkbox', { name: 'Start Poise when I log in' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish', exact: true }).click();

  // Back on Today, with the settings and the baseline saved where the host keeps them.
  await expect(page.getByRole('button', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  const saved = await page.evaluate(() => ({
    settings: JSON.parse(localStorage.getItem('poise.settings') ?? '{}'),
    calibration: JSON.parse(localStorage.getItem('poise.calibration') ?? '{}'),
  }));
  expect(saved.settings).toMatchObject({
    firstRunComplete: true,
    breaks: { microEveryMinutes: 20 },
  });
  const cameraId = saved.settings.monitoring.cameraId as string;
  expect(cameraId).not.toBe('');
  expect(Object.keys(saved.calibration)).toEqual([cameraId]);
  // The optional slump step was skipped: the baseline is the upright one alone.
  expect(JSON.stringify(saved.calibration[cameraId])).not.toContain('"slouched"');

  // The monitor picks the new baseline up: an upright person reads as sitting well.
  await expect(page.getByTestId('status')).toContainText('Sitting well', { timeout: 60_000 });
  // A reload is not a first run any more.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Poise' })).toHaveCount(0);
  expect(offOriginRequests).toEqual([]);
});

test('a break taken from the controls plays a routine and ends when the person ends it', async ({
  page,
  appUrl,
}) => {
  await openWithSettings(page, appUrl);
  await (await menuItem(page, 'Take a break now')).click();
  const layer = page.getByRole('dialog', { name: 'A short break' });
  await expect(layer).toBeVisible();
  await expect(page.getByTestId('status')).toContainText('On a micro break');
  // A routine chosen for a micro break is playing, with its controls.
  await expect(layer.getByRole('button', { name: /pause/i }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(layer).toHaveCount(0);
  await expect(page.getByTestId('status')).not.toContainText('On a micro break');
});

test('the routine library keeps a favourite in the settings', async ({ page, appUrl }) => {
  await openWithSettings(page, appUrl);
  await page.getByRole('button', { name: 'Routines', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Micro breaks/ })).toBeVisible();
  const favourite = page.getByRole('button', { name: /favourite/i }).first();
  await favourite.click();
  await expect.poll(async () => (await savedSettings(page)).routines.favourites.length).toBe(1);
});

test('privacy: pausing from the controls releases the camera, resuming opens it again', async ({
  page,
  appUrl,
}) => {
  const { liveTracks } = await watchCamera(page);
  await openWithSettings(page, appUrl);

  await expect.poll(liveTracks, { timeout: 30_000 }).toBe(1);
  await (await menuItem(page, 'For 30 minutes')).click();
  await expect(page.getByTestId('status')).toContainText('Paused until');
  await expect.poll(liveTracks, { timeout: 10_000 }).toBe(0);

  await (await menuItem(page, 'Resume monitoring')).click();
  await expect.poll(liveTracks, { timeout: 30_000 }).toBe(1);

  // A break releases it too.
  await (await menuItem(page, 'Take a break now')).click();
  await expect(page.getByTestId('status')).toContainText('On a micro break');
  await expect.poll(liveTracks, { timeout: 10_000 }).toBe(0);
});

test('a chosen camera that is gone: monitoring goes on with the default camera and the person is told', async ({
  page,
  appUrl,
}) => {
  await openWithSettings(page, appUrl, {
    monitoring: { cameraId: 'unplugged-usb-camera' },
  });
  await expect(page.getByRole('alert')).toContainText(
    'camera you chose in Settings is not connected',
  );
  await expect(page.getByTestId('status')).not.toContainText('Starting the camera', {
    timeout: 20_000,
  });
  // The choice is the person's: it is kept for when the camera comes back.
  const cameraId = (await savedSettings(page)).monitoring.cameraId as string;
  expect(cameraId).toBe('unplugged-usb-camera');
});
