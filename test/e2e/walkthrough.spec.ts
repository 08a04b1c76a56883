import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { MinuteAggregate } from '../../shared/core/history/minute';
import { repoRoot } from '../support/repo-paths';
import { expect, menuItem, openWithSettings, test } from './fixtures';
import { firstMinute, seedStore, twoWeeks } from './history-seed';

/**
 * A walkthrough of every view of the browser host, in the light and the dark theme, on a roomy
 * and a small window. On each view, axe (colour contrast included) must find nothing serious or
 * critical, nothing may stick out sideways, and a screenshot is saved for people to look at (of
 * the full page; of the window for the break and the doctor page, modal dialogs that cover it):
 *
 *   test-results/walkthrough/NN-view.SIZE.THEME.png   (git-ignored; Playwright empties
 *                                                      test-results/ at the start of each run)
 *
 * Per size and theme, the camera's part (setup, then Today while watching, then a guided
 * recalibration) runs once, as one first-run journey; the other views follow in a second test,
 * as a person who set up without a camera sees them (no camera, no pose model: quick and steady).
 * Findings are soft failures, so one run reports every view and saves every screenshot.
 */

const SHOTS_DIR = join(repoRoot, 'test-results', 'walkthrough');

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '800x600', width: 800, height: 600 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** The views, numbered in the order a person meets them: file names sort the same way. */
const VIEWS = [
  'setup-welcome',
  'setup-camera',
  'setup-placement',
  'setup-calibration',
  'setup-breaks',
  'today-watching',
  'menu-watching',
  'recalibrate',
  'today',
  'today-month',
  'routines',
  'routine-player',
  'doctor-dialog',
  'settings',
  'help',
  'menu',
  'break',
] as const;
type View = (typeof VIEWS)[number];

/**
 * Today up to this hour (at most the three hours before it): mostly upright, a slouch each
 * quarter hour, a nudge now and then. Built in Node, which shares the browser's time zone.
 */
function todaySoFar(nowMs: number): MinuteAggregate[] {
  const hourStart = new Date(nowMs);
  hourStart.setMinutes(0, 0, 0);
  const dayStart = new Date(nowMs);
  dayStart.setHours(0, 0, 0, 0);
  const out: MinuteAggregate[] = [];
  const from = Math.max(dayStart.getTime(), hourStart.getTime() - 3 * 3_600_000);
  for (let start = from; start < hourStart.getTime(); start += 60_000) {
    const minute = new Date(start).getMinutes();
    const slouchingS = minute % 15 < 4 ? 40 : 5;
    out.push({
      minuteStartMs: start,
      uprightS: 60 - slouchingS,
      slouchingS,
      awayS: 0,
      uncertainS: 0,
      nudges: minute === 2 ? 1 : 0,
      breaksTaken: minute === 30 ? 1 : 0,
      breaksPostponed: 0,
      breaksSkipped: 0,
      routinesDone: minute === 30 ? ['micro-open-up'] : [],
    });
  }
  return out;
}

/** Seeded history: two working weeks, and today so far, so every chart has bars. */
async function seedHistory(page: Page, origin: string): Promise<void> {
  await seedStore(page, origin, 'poise-history', await twoWeeks(page), (nowMs) => [
    ...todaySoFar(nowMs),
    ...firstMinute(nowMs),
  ]);
}

/**
 * What sticks out sideways: the page wider than the window, or anything in the app's card past
 * the card's inner edge (a fieldset or a select as wide as its longest words, say). Outermost
 * offenders only, as "tag.class".
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push('html: wider than the window');
    const main = document.querySelector('.shell__main');
    if (!main) return out;
    const box = main.getBoundingClientRect();
    const style = getComputedStyle(main);
    const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    const offenders: Element[] = [];
    for (const el of main.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || (rect.left >= left - 1 && rect.right <= right + 1)) continue;
      if (offenders.some((outer) => outer.contains(el))) continue;
      offenders.push(el);
    }
    return [
      ...out,
      ...offenders.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    ];
  });
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    test.describe(`walkthrough ${size.name} ${theme}`, () => {
      test.use({ cameraVideo: 'upright' });

      test.beforeEach(async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.emulateMedia({ colorScheme: theme });
      });

      /**
       * Axe over the whole page, colour contrast included; nothing wider than the window or the
       * app's card; then a screenshot: of the full page, or of the window while a modal dialog
       * covers it (the page scrolled under a fixed dialog is never seen).
       */
      async function visit(page: Page, view: View, options: { modal?: boolean } = {}) {
        const { violations } = await new AxeBuilder({ page }).analyze();
        const bad = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        expect.soft(bad, `axe on ${view}, ${size.name}, ${theme}`).toEqual([]);
        expect
          .soft(await overflowing(page), `sticking out on ${view}, ${size.name}, ${theme}`)
          .toEqual([]);
        const number = String(VIEWS.indexOf(view) + 1).padStart(2, '0');
        mkdirSync(SHOTS_DIR, { recursive: true });
        await page.screenshot({
          path: join(SHOTS_DIR, `${number}-${view}.${size.name}.${theme}.png`),
          fullPage: !options.modal,
          animations: 'disabled',
        });
      }

      test('first run with the camera: setup, Today while watching, a guided recalibration', async ({
        page,
        origin,
        appUrl,
      }) => {
        test.setTimeout(240_000);
        await seedHistory(page, origin);
        // No saved settings: the first run opens on setup.
        await page.goto(appUrl);
        const heading = (name: string) => page.getByRole('heading', { name, exact: true });
        const next = page.getByRole('button', { name: 'Next', exact: true });

        await expect(heading('Welcome to Poise')).toBeVisible();
        await visit(page, 'setup-welcome');

        await page.getByRole('button', { name: 'Allow camera' }).click();
        await expect(heading('Choose your camera')).toBeFocused();
        await expect(page.getByText('Poise can see you')).toBeVisible({ timeout: 60_000 });
        await visit(page, 'setup-camera');

        await next.click();
        await expect(heading('Place the camera')).toBeFocused();
        await expect(page.getByText('All set: the camera is well placed.')).toBeVisible({
          timeout: 30_000,
        });
        await visit(page, 'setup-placement');

        await next.click();
        await expect(heading('Calibrate your upright posture')).toBeFocused();
        await page.getByRole('button', { name: 'Start calibration' }).click();
        await expect(page.getByText('Calibrated.')).toBeVisible({ timeout: 60_000 });
        await visit(page, 'setup-calibration');

        await next.click();
        await expect(heading('Breaks')).toBeFocused();
        await visit(page, 'setup-breaks');

        await page.getByRole('button', { name: 'Finish', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Today' })).toHaveAttribute(
          'aria-current',
          'page',
        );
        // The monitor takes over the camera and judges against the new baseline.
        await expect(page.getByTestId('status')).toHaveText('Sitting well', { timeout: 60_000 });
        await expect(page.getByRole('meter', { name: 'Slouch, on your own scale' })).toBeVisible();
        await expect(page.locator('#dash-tabpanel canvas')).toBeVisible();
        await visit(page, 'today-watching');

        const recalibrate = await menuItem(page, 'Recalibrate posture');
        await expect(recalibrate).toBeVisible();
        await visit(page, 'menu-watching');
        await recalibrate.click();
        await expect(heading('Recalibrate your posture')).toBeFocused();
        await expect(page.getByText('Recalibrated.')).toBeVisible({ timeout: 60_000 });
        await expect(page.getByRole('button', { name: 'Done' })).toBeEnabled();
        await visit(page, 'recalibrate');
      });

      test('every other view: charts, routines, a routine and its doctor page, settings, help, the menu, a break', async ({
        page,
        origin,
        appUrl,
      }) => {
        await seedHistory(page, origin);
        // Set up without a camera (breaks only): nothing here needs the camera or the pose model.
        await openWithSettings(page, appUrl, { monitoring: { enabled: false } });
        const nav = (name: string) => page.getByRole('button', { name, exact: true });

        await expect(page.locator('#dash-tabpanel canvas')).toBeVisible();
        await expect(page.getByRole('region', { name: 'Routines done' })).toContainText(
          'Neck reset × 1',
        );
        await visit(page, 'today');
        await page.getByRole('tab', { name: 'Month' }).click();
        await expect(page.locator('#dash-tabpanel[data-range="month"] canvas')).toBeVisible();
        await visit(page, 'today-month');

        await nav('Routines').click();
        await expect(page.getByRole('heading', { name: 'Routines', exact: true })).toBeVisible();
        await visit(page, 'routines');

        await page.getByRole('button', { name: 'Play Neck reset' }).click();
        const player = page.locator('.routine-player');
        await expect(page.getByRole('heading', { name: 'Neck reset' })).toBeVisible();
        await expect(player.getByRole('timer')).toBeVisible();
        await visit(page, 'routine-player');

        await player.getByRole('button', { name: 'When to see a doctor' }).click();
        const doctor = page.getByRole('dialog');
        await expect(doctor.getByRole('heading', { name: 'When to see a doctor' })).toBeVisible();
        await expect(player).toHaveAttribute('data-status', 'paused');
        await visit(page, 'doctor-dialog', { modal: true });
        await doctor.getByRole('button', { name: 'Back' }).click();
        await expect(doctor).toBeHidden();
        await player.getByRole('button', { name: 'End' }).click();
        await expect(page.getByRole('button', { name: 'Play Neck reset' })).toBeVisible();

        await nav('Settings').click();
        await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
        await visit(page, 'settings');

        await nav('Help').click();
        await expect(
          page.getByRole('heading', { name: 'What Poise sees, and what it keeps' }),
        ).toBeVisible();
        await visit(page, 'help');

        const takeBreak = await menuItem(page, 'Take a break now');
        await expect(takeBreak).toBeVisible();
        await visit(page, 'menu');
        await takeBreak.click();
        const breakDialog = page.getByRole('dialog', { name: 'A short break' });
        await expect(breakDialog.locator('.routine-player')).toBeVisible();
        await expect(page.getByTestId('status')).toContainText('On a micro break');
        await visit(page, 'break', { modal: true });
      });
    });
  }
}
