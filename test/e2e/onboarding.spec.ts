import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.use({ cameraVideo: 'upright' });

test('a complete onboarding with the fake camera: preview, skeleton, placement, calibration, schedule', async ({
  page,
  origin,
  offOriginRequests,
}) => {
  await page.goto(`${origin}/dashboard-lab.html?lab=onboarding`);

  // 1. What Poise does and the privacy promise.
  await expect(page.getByRole('heading', { name: 'Welcome to Poise' })).toBeVisible();
  await expect(page.getByText('never leaves it')).toBeVisible();
  await expect(page.getByText('never connects to the internet')).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).include('.onboarding').analyze()).violations.map((v) => v.id),
  ).toEqual([]);
  await page.getByRole('button', { name: 'Allow camera' }).click();

  // 2. Camera choice with a live preview and the detected skeleton.
  await expect(page.getByRole('heading', { name: 'Choose your camera' })).toBeFocused();
  await expect(page.getByLabel('Camera', { exact: true }).locator('option')).not.toHaveCount(0);
  await expect
    .poll(
      () => page.locator('video.ob-preview__video').evaluate((v: HTMLVideoElement) => v.videoWidth),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  await expect(page.getByText('Poise can see you')).toBeVisible({ timeout: 60_000 });
  // The skeleton overlay has drawn something: some pixels of the overlay canvas are not transparent.
  const drawn = await page.locator('canvas.ob-preview__overlay').evaluate((c: HTMLCanvasElement) =>
    c
      .getContext('2d')!
      .getImageData(0, 0, c.width, c.height)
      .data.some((v, i) => i % 4 === 3 && v > 0),
  );
  expect(drawn).toBe(true);
  await page.getByRole('button', { name: 'Next' }).click();

  // 3. Placement checks on the real recording: all pass.
  await expect(page.getByRole('heading', { name: 'Place the camera' })).toBeVisible();
  for (const id of ['face', 'shoulders', 'distance', 'light']) {
    await expect(page.locator(`[data-check="${id}"]`)).toHaveAttribute('data-status', 'ok', {
      timeout: 30_000,
    });
  }
  await expect(page.getByText('All set: the camera is well placed.')).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).include('.onboarding').analyze()).violations.map((v) => v.id),
  ).toEqual([]);
  await page.getByRole('button', { name: 'Next' }).click();

  // 4. Calibration with the real pose pipeline.
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.getByRole('button', { name: 'Start calibration' }).click();
  await expect(page.getByText('Calibrated.')).toBeVisible({ timeout: 60_000 });
  expect(await page.evaluate(() => window.poiseOnboardingLab!.baseline !== null)).toBe(true);
  await page.getByRole('button', { name: 'Next' }).click();

  // 5. Break schedule, validated with the settings schema's own ranges.
  const every = page.getByLabel('Micro break every (minutes)');
  await every.fill('2');
  await expect(every).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await every.fill('20');
  await page.getByRole('checkbox', { name: 'Long breaks' }).uncheck();
  await page.getByRole('button', { name: 'Next' }).click();

  // 6. Launch at login, then finish.
  await page.getByRole('checkbox', { name: 'Start Poise when I log in' }).check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('Poise is ready.')).toBeVisible();

  const choices = await page.evaluate(() => window.poiseOnboardingLab!.finished);
  expect(choices).toMatchObject({
    launchAtLogin: true,
    breaks: { microEnabled: true, microEveryMinutes: 20, longEnabled: false },
  });
  expect(choices!.cameraId).not.toBe('');
  expect(offOriginRequests).toEqual([]);
});
