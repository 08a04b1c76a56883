import { expect, openWithSettings, savedSettings, test, menuItem } from './fixtures';

test.describe('browser host shell', () => {
  test('shows the app shell, runs tray commands, and makes no request outside its origin', async ({
    page,
    appUrl,
    offOriginRequests,
  }) => {
    // Set up before, so the camera and the pose model run (they wait for setup: consent.spec.ts).
    await openWithSettings(page, appUrl);
    await expect(page.getByRole('heading', { name: 'Poise', exact: true })).toBeVisible();
    await expect(page.getByTestId('status')).not.toHaveText('');
    await expect(page.getByText('nothing is sent over any network')).toBeVisible();

    await (await menuItem(page, 'For 30 minutes')).click();
    await expect(page.getByTestId('status')).toContainText('Paused until');
    await (await menuItem(page, 'Resume monitoring')).click();
    await expect(page.getByTestId('status')).not.toContainText('Paused');

    // Judge the traffic once the camera and the model have run: the first reading has come
    // (with no calibration saved, it asks for one).
    await expect(page.getByTestId('status')).toContainText('Not calibrated yet', {
      timeout: 60_000,
    });
    expect(offOriginRequests).toEqual([]);
  });

  test('recovers from corrupt saved settings, keeps a backup and tells the user', async ({
    page,
    appUrl,
  }) => {
    await openWithSettings(page, appUrl, '{"monitoring": {"sensitivity": 7');
    await expect(page.getByRole('alert')).toContainText('could not be read');
    const stored = await page.evaluate(() => {
      const keys = Object.keys(localStorage);
      return {
        settings: JSON.parse(localStorage.getItem('poise.settings') ?? 'null') as {
          version: number;
        } | null,
        backups: keys
          .filter((key) => key.startsWith('poise.settings.corrupt-'))
          .map((key) => localStorage.getItem(key)),
      };
    });
    expect(stored.settings?.version).toBe(1);
    expect(stored.backups).toEqual(['{"monitoring": {"sensitivity": 7']);
  });

  test('a hand-edited setting out of range is reset alone, the rest is kept', async ({
    page,
    appUrl,
  }) => {
    // A hand-edited file, stored exactly as written (it has no firstRunComplete).
    await openWithSettings(
      page,
      appUrl,
      JSON.stringify({ version: 1, monitoring: { sensitivity: 99, cameraId: 'cam-2' } }),
    );
    await expect(page.getByRole('alert')).toContainText('monitoring.sensitivity');
    const { monitoring } = await savedSettings(page);
    expect(monitoring).toMatchObject({ sensitivity: 5, cameraId: 'cam-2' });
  });
});

test.describe('settings page', () => {
  test('saves a valid change, explains a refused one, and keeps it after a reload', async ({
    page,
    appUrl,
  }) => {
    await openWithSettings(page, appUrl);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const grace = page.getByLabel('Wait before nudging');
    await grace.fill('45');
    // Let the status line change under the half-typed value (the camera and model start up now,
    // up to their first reading): a re-render must not put the old value back before the person
    // leaves the field.
    await expect(page.getByTestId('status')).toContainText('Not calibrated yet', {
      timeout: 60_000,
    });
    await expect(grace).toHaveValue('45');
    await grace.press('Tab');
    await expect.poll(async () => (await savedSettings(page)).coaching.graceSeconds).toBe(45);

    const steps = page.getByLabel('Time between steps');
    await steps.fill('5');
    await steps.press('Tab');
    await expect(page.getByRole('alert')).toContainText('from 10 to 600');
    await expect(steps).toHaveAttribute('aria-invalid', 'true');
    const stored = () => savedSettings(page);
    expect((await stored()).coaching.escalateAfterSeconds).toBe(30);

    // Sensitivity is a slider from relaxed to strict, moved with the keyboard like any other.
    const sensitivity = page.getByRole('slider', { name: 'Sensitivity' });
    await sensitivity.focus();
    await sensitivity.press('ArrowRight');
    await expect.poll(async () => (await stored()).monitoring.sensitivity).toBe(6);

    // A browser tab cannot start with the computer: the desktop-only option is not offered.
    await expect(page.getByLabel('Start Poise when I log in')).toHaveCount(0);
    await expect(page.getByLabel('Show breaks on every display')).toHaveCount(0);
    // Nor can it see other apps: the page says Poise cannot notice fullscreen, DND or calls here.
    await expect(page.getByTestId('unavailable-signals')).toContainText(
      'Not available on this system: noticing another app in fullscreen or presenting, noticing ' +
        'do-not-disturb, and noticing a call',
    );
    await page.getByLabel('Allow skipping a break').uncheck();
    await expect.poll(async () => (await stored()).breaks.allowSkip).toBe(false);
    await page.reload();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByLabel('Wait before nudging')).toHaveValue('45');
    await expect(page.getByLabel('Allow skipping a break')).not.toBeChecked();
    await expect(page.getByRole('slider', { name: 'Sensitivity' })).toHaveValue('6');
  });
});
