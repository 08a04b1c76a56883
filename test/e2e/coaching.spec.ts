import { expect, openWithSettings, test } from './fixtures';

/**
 * Whole coaching flows in real Chromium with a fake camera playing the shared recordings.
 *
 * They run the app core in the browser host (main/core/app-state.ts): the status line from
 * describeStatus under data-testid="status", the Glow overlay (renderer/overlay/Glow.tsx) mounted
 * always, and the BreakPrompt (renderer/break-prompt/BreakPrompt.tsx) mounted from
 * breakPromptView.
 */

test.describe('posture coaching', () => {
  test.use({ cameraVideo: 'upright-then-slouched' });

  test('goes from upright to slouching, nudges after the grace period, and clears on sitting up', async ({
    page,
    appUrl,
  }) => {
    // Shortened for the test: the recording slouches for 25 s.
    await openWithSettings(page, appUrl, {
      coaching: { graceSeconds: 5, cooldownSeconds: 10, escalation: ['tray', 'glow'] },
    });
    const status = page.getByTestId('status');
    const glow = page.locator('.poise-glow');

    // The recording opens with 12 s of upright sitting: calibrate on it, as a person would, with
    // the guided recalibration (its steps are checked in calibration.spec.ts), skipping the slump.
    await page.getByRole('button', { name: 'Recalibrate posture' }).click();
    await expect(page.getByText('Recalibrated.')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(status).toContainText('Sitting well', { timeout: 60_000 });
    await expect(status).toContainText('Slouching', { timeout: 60_000 });
    // First step (tray): the status line asks to sit up; second step after the cooldown: the glow.
    await expect(status).toContainText('Slouching: time to sit up', { timeout: 15_000 });
    await expect(glow).toHaveAttribute('data-state', 'nudge', { timeout: 20_000 });

    await expect(status).toContainText('Sitting well', { timeout: 40_000 });
    await expect(glow).not.toHaveAttribute('data-state', 'nudge');
  });
});

test.describe('breaks', () => {
  test('takes a break from the heads-up prompt to its end', async ({ page, appUrl }) => {
    // A heads-up as long as the interval: the prompt is there from the start.
    await openWithSettings(page, appUrl, {
      breaks: {
        microEnabled: true,
        microEveryMinutes: 5,
        microDurationSeconds: 10,
        headsUpSeconds: 300,
        longEnabled: false,
      },
    });
    const prompt = page.getByRole('region', { name: /^Micro break in/ });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(prompt.getByRole('button', { name: 'Postpone 5 min (2 left)' })).toBeEnabled();

    await prompt.getByRole('button', { name: 'Take it now' }).click();
    await expect(page.getByTestId('status')).toContainText('On a micro break');
    await expect(page.getByRole('region', { name: /^Micro break: .* left$/ })).toBeVisible();

    // Ten seconds later the break is over by itself; the heads-up for the next one may follow.
    await expect(page.getByTestId('status')).not.toContainText('On a micro break', {
      timeout: 20_000,
    });
    await expect(page.getByRole('region', { name: /^Micro break: .* left$/ })).toHaveCount(0);
  });
});
