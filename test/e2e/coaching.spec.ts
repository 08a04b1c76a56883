import { expect, openWithSettings, test, menuItem, MICRO_ROUTINE_IDS } from './fixtures';

/**
 * Whole coaching flows in real Chromium with a fake camera playing the shared recordings.
 *
 * They run the app core in the browser host (shared/core/app-state.ts): the status line from
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
      coaching: {
        graceSeconds: 5,
        cooldownSeconds: 10,
        escalateAfterSeconds: 10,
        escalation: ['tray', 'glow'],
      },
    });
    const status = page.getByTestId('status');
    const glow = page.locator('.poise-glow');

    // The recording opens with 12 s of upright sitting: calibrate on it, as a person would, with
    // the guided recalibration (its steps are checked in calibration.spec.ts), skipping the slump.
    await (await menuItem(page, 'Recalibrate posture')).click();
    await expect(page.getByText('Recalibrated.')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(status).toContainText('Sitting well', { timeout: 60_000 });
    await expect(page).toHaveTitle('Poise');
    await expect(page.getByRole('meter', { name: 'Slouch, on your own scale' })).toBeVisible();
    await expect(status).toContainText('Slouching', { timeout: 60_000 });
    // A background tab shows it too: the title leads with the news and the icon changes, and
    // the page says why in words.
    await expect(page).toHaveTitle('Sit up · Poise');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('data-state', 'tray-slouching');
    await expect(page.getByTestId('posture-reason')).toContainText(/head|shoulders|upper body/i);
    // First step (tray): the status line asks to sit up; second step after the cooldown: the glow.
    await expect(status).toContainText('Slouching: time to sit up', { timeout: 15_000 });
    await expect(glow).toHaveAttribute('data-state', 'nudge', { timeout: 20_000 });

    await expect(status).toContainText('Sitting well', { timeout: 40_000 });
    await expect(glow).not.toHaveAttribute('data-state', 'nudge');
    await expect(page).toHaveTitle('Poise');
  });
});

test.describe('breaks', () => {
  test('takes a break from the heads-up prompt to its end', async ({ page, appUrl }) => {
    // A heads-up as long as the interval: the prompt is there from the start. Every short
    // routine is hidden, so the break is the card timed by the break itself (a break with a
    // routine lasts as long as the routine: routines.spec.ts).
    await openWithSettings(page, appUrl, {
      breaks: {
        microEnabled: true,
        microEveryMinutes: 5,
        microDurationSeconds: 10,
        headsUpSeconds: 300,
        longEnabled: false,
      },
      routines: {
        hidden: [...MICRO_ROUTINE_IDS],
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
