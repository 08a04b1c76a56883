import { expect, openWithSettings, test } from './fixtures';

test.describe('browser host shell', () => {
  test('shows the app shell, runs tray commands, and makes no request outside its origin', async ({
    page,
    appUrl,
    offOriginRequests,
  }) => {
    await page.goto(appUrl);
    await expect(page.getByRole('heading', { name: 'Poise', exact: true })).toBeVisible();
    await expect(page.getByTestId('status')).not.toHaveText('');
    await expect(page.getByText('nothing is sent over any network')).toBeVisible();

    await page.getByRole('button', { name: 'For 30 minutes' }).click();
    await expect(page.getByTestId('status')).toContainText('Paused until');
    await page.getByRole('button', { name: 'Resume monitoring' }).click();
    await expect(page.getByTestId('status')).not.toContainText('Paused');

    // Let the page run its camera and model for a while before judging its traffic.
    await page.waitForTimeout(3000);
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
    const monitoring = await page.evaluate(
      () =>
        (JSON.parse(localStorage.getItem('poise.settings') ?? '{}') as { monitoring: unknown })
          .monitoring,
    );
    expect(monitoring).toMatchObject({ sensitivity: 5, cameraId: 'cam-2' });
  });
});

test.describe('settings page', () => {
  test('saves a valid change, explains a refused one, and keeps it after a reload', async ({
    page,
    appUrl,
  }) => {
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const grace = page.getByLabel('Wait before nudging');
    await grace.fill('45');
    // Let the status line change under the half-typed value (the camera and model start up now):
    // a re-render must not put the old value back before the person leaves the field.
    await expect(page.getByTestId('status')).not.toContainText('Starting', { timeout: 30_000 });
    await page.waitForTimeout(1500);
    await grace.press('Tab');
    await expect
      .poll(() =>
        page.evaluate(
          () => JSON.parse(localStorage.getItem('poise.settings') ?? '{}').coaching.graceSeconds,
        ),
      )
      .toBe(45);

    const sensitivity = page.getByLabel('Sensitivity');
    await sensitivity.fill('42');
    await sensitivity.press('Tab');
    await expect(page.getByRole('alert')).toContainText('from 1 to 10');
    await expect(sensitivity).toHaveAttribute('aria-invalid', 'true');
    expect(
      await page.evaluate(
        () => JSON.parse(localStorage.getItem('poise.settings') ?? '{}').monitoring.sensitivity,
      ),
    ).toBe(5);

    await page.getByLabel('Start Poise when I log in').check();
    await page.reload();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByLabel('Wait before nudging')).toHaveValue('45');
    await expect(page.getByLabel('Start Poise when I log in')).toBeChecked();
  });
});
