import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ cameraVideo: 'none' });

interface LabResult {
  kind: 'finished' | 'ended';
  summary: {
    completedSteps: number;
    skippedSteps: number;
    totalSteps: number;
    completedItemIds: string[];
  };
}

const labResult = (page: Page): Promise<LabResult | null> =>
  page.evaluate(
    () =>
      (window as unknown as { __routinesLab: { result: LabResult | null } }).__routinesLab.result,
  );

const player = (page: Page) => page.locator('.routine-player');

test('plays a micro routine end to end on a fast clock', async ({
  page,
  origin,
  offOriginRequests,
}) => {
  await page.goto(`${origin}/routines-lab.html?routine=micro-open-up&clock=fast&speech=record`);
  await expect(page.getByRole('heading', { name: 'Open up' })).toBeVisible();
  // The first step is visible with a timer and the overhead-reach illustration.
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.locator('svg[data-illustration="overhead-reach"]')).toBeVisible();
  // 54 s at 30x: under two seconds, and the announcer walks through the steps.
  await expect(page.getByTestId('routine-result')).toHaveAttribute('data-outcome', 'finished', {
    timeout: 15_000,
  });
  const result = await labResult(page);
  expect(result?.summary).toMatchObject({ completedSteps: 6, skippedSteps: 0, totalSteps: 6 });
  expect(result?.summary.completedItemIds).toEqual(['overhead-reach', 'shoulder-blade-squeeze']);
  await expect(player(page)).toHaveAttribute('data-status', 'finished');
  await expect(player(page).getByRole('status')).toContainText('Nicely done');
  const spoken = await page.evaluate(
    () => (window as unknown as { __routinesLab: { spoken: string[] } }).__routinesLab.spoken,
  );
  expect(spoken[0]).toMatch(/Sit tall/);
  expect(spoken.length).toBeGreaterThanOrEqual(6);
  expect(offOriginRequests).toEqual([]);
});

test('plays a five-minute routine end to end, with the breathing pacer following its phases', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/routines-lab.html?routine=long-desk-reset&clock=20`);
  await expect(page.getByRole('heading', { name: 'Full desk reset' })).toBeVisible();
  const steps = new Set<string>();
  const phases = new Set<string>();
  const radii = new Set<string>();
  // Sample the page as it plays (289 s at 20x is about 15 s).
  for (let i = 0; i < 400 && !(await labResult(page)); i += 1) {
    const sample = await page.evaluate(() => ({
      step: document.querySelector('.routine-player')?.getAttribute('data-step-index') ?? '',
      phase: document.querySelector('.breathing-pacer')?.getAttribute('data-phase') ?? null,
      radius: document.querySelector('.breathing-pacer__breath')?.getAttribute('r') ?? null,
    }));
    steps.add(sample.step);
    if (sample.phase) phases.add(sample.phase);
    if (sample.radius) radii.add(sample.radius);
    await page.waitForTimeout(50);
  }
  const result = await labResult(page);
  expect(result?.kind).toBe('finished');
  expect(result?.summary.completedSteps).toBe(result?.summary.totalSteps);
  expect(result!.summary.totalSteps).toBeGreaterThan(30);
  expect(steps.size).toBeGreaterThan(15);
  // The last item is the long breath out: in and out phases, and a circle that changes size.
  expect(phases).toEqual(new Set(['in', 'out']));
  expect(radii.size).toBeGreaterThan(3);
});

test('is fully keyboard operable: Space pauses, arrows move, Esc ends', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/routines-lab.html?routine=long-calm`);
  const root = player(page);
  await expect(root).toBeFocused();
  await expect(root).toHaveAttribute('data-step-index', '0');

  await page.keyboard.press('Space');
  await expect(root).toHaveAttribute('data-status', 'paused');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  const frozen = await page.getByRole('timer').textContent();
  await page.waitForTimeout(1500);
  await expect(page.getByRole('timer')).toHaveText(frozen!);
  await page.keyboard.press('Space');
  await expect(root).toHaveAttribute('data-status', 'running');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('data-step-index', '2');
  await expect(page.getByTestId('routine-announcer')).toContainText('Step 3 of');
  await page.keyboard.press('ArrowLeft');
  await expect(root).toHaveAttribute('data-step-index', '1');

  // Tab reaches every control in order, and Enter works on them.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(root).toHaveAttribute('data-status', 'paused');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'When to see a doctor' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'When to see a doctor' })).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(6);
  // Esc closes the doctor page without ending the routine underneath.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(root).toHaveAttribute('data-status', 'paused');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('routine-result')).toHaveAttribute('data-outcome', 'ended');
  // Two skips, then back onto the second skipped step: it is pending again, not skipped.
  expect((await labResult(page))?.summary.skippedSteps).toBe(1);
});

test('the doctor page is reachable from a routine and the player pauses for it', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/routines-lab.html?routine=micro-neck-reset`);
  await page.getByRole('button', { name: 'When to see a doctor' }).click();
  await expect(player(page)).toHaveAttribute('data-status', 'paused');
  const dialog = page.getByRole('dialog');
  for (const text of [
    /after a week/,
    /numbness or tingling/,
    /muscle spasms/,
    /fever/,
    /losing weight/,
    /bowel or bladder/,
  ]) {
    await expect(dialog.getByText(text)).toBeVisible();
  }
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog).toBeHidden();
});

test('pregnancy filter: GB 21 is left out of the self-care routine', async ({ page, origin }) => {
  await page.goto(`${origin}/routines-lab.html?routine=long-self-care&pregnant=1&clock=200`);
  await expect(page.getByTestId('routine-result')).toHaveAttribute('data-outcome', 'finished', {
    timeout: 20_000,
  });
  const result = await labResult(page);
  expect(result?.summary.completedItemIds).not.toContain('acupressure-gb21');
  expect(result?.summary.completedItemIds).toContain('acupressure-k27');
});

for (const [name, url] of [
  ['a stretch step', 'routine=micro-open-up'],
  ['a breathing step', 'routine=micro-breathe&reduced=1'],
  ['an acupressure step with cautions', 'routine=item-acupressure-gb21'],
  ['the routine list', ''],
] as const) {
  test(`axe: no serious or critical violations on ${name}`, async ({ page, origin }) => {
    await page.goto(`${origin}/routines-lab.html?${url}`);
    await expect(page.locator('main')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test('axe: the doctor page has no serious violations', async ({ page, origin }) => {
  await page.goto(`${origin}/routines-lab.html?routine=micro-neck-reset`);
  await page.getByRole('button', { name: 'When to see a doctor' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
});

test('library: favourite, hide, build your own routine and play it', async ({ page, origin }) => {
  await page.goto(`${origin}/routines-lab.html`);
  const store = () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            __routinesLab: {
              store: {
                favourites: string[];
                hidden: string[];
                custom: { id: string; itemIds: string[] }[];
              };
            };
          }
        ).__routinesLab.store,
    );
  const favourite = page.getByRole('button', { name: 'Favourite Open up' });
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
  const hide = page.getByRole('button', { name: 'Hide Neck reset from breaks' });
  await hide.click();
  await expect(hide).toHaveAttribute('aria-pressed', 'true');
  expect(await store()).toMatchObject({
    favourites: ['micro-open-up'],
    hidden: ['micro-neck-reset'],
  });

  // Build a micro routine: a too-long choice is refused with a reason, then a valid one saves.
  await page.getByLabel('Name').fill('My quick reset');
  await page.getByRole('checkbox', { name: /^Box breathing/ }).check();
  await page.getByRole('checkbox', { name: /^Chin tucks/ }).check();
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('alert')).toContainText('longer than a micro break');
  await page.getByRole('checkbox', { name: /^Box breathing/ }).uncheck();
  await page.getByRole('checkbox', { name: /^Slow neck turns/ }).check();
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  expect((await store())?.custom).toEqual([
    {
      id: 'custom-my-quick-reset',
      title: 'My quick reset',
      kind: 'micro',
      itemIds: ['chin-tuck', 'neck-turns'],
    },
  ]);

  await page.getByRole('button', { name: 'Play My quick reset' }).click();
  await expect(page.getByRole('heading', { name: 'My quick reset' })).toBeVisible();
  await expect(page.locator('svg[data-illustration="chin-tuck"]')).toBeVisible();
});

test('library with the pregnancy setting never lists GB 21', async ({ page, origin }) => {
  await page.goto(`${origin}/routines-lab.html?pregnant=1`);
  await expect(page.getByRole('checkbox', { name: /^Collarbone point/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /GB 21/ })).toHaveCount(0);
  await expect(page.getByText(/GB 21/)).toHaveCount(0);
});

test('respects reduced motion: the pacer and the figure hold still, the words still count', async ({
  page,
  origin,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${origin}/routines-lab.html?routine=micro-breathe&clock=4`);
  await expect(page.locator('.breathing-pacer')).toBeVisible({ timeout: 10_000 });
  const radii = new Set<string>();
  const phases = new Set<string>();
  for (let i = 0; i < 30; i += 1) {
    const sample = await page.evaluate(() => ({
      r: document.querySelector('.breathing-pacer__breath')?.getAttribute('r') ?? '',
      phase: document.querySelector('.breathing-pacer')?.getAttribute('data-phase') ?? '',
    }));
    radii.add(sample.r);
    phases.add(sample.phase);
    await page.waitForTimeout(100);
  }
  expect(radii.size).toBe(1);
  expect(phases).toEqual(new Set(['in', 'out']));
  await expect(page.locator('.routine-player')).toHaveClass(/routine-player--still/);
});
