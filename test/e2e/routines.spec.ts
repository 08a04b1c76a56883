import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openWithSettings, test, menuItem, MICRO_ROUTINE_IDS } from './fixtures';

/**
 * The routine player in the routines lab, where `clock=manual` lets a test move the player's own
 * clock (renderer/routines/player/clock.ts) instead of waiting for real time to pass.
 */
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

/** Move the lab's manual clock on, a second at a time, letting the page render in between. */
const advance = (page: Page, ms: number): Promise<void> =>
  page.evaluate(async (total) => {
    const lab = (window as unknown as { __routinesLab: { advance: (ms: number) => void } })
      .__routinesLab;
    for (let done = 0; done < total; done += 1000) {
      lab.advance(Math.min(1000, total - done));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, ms);

/** Serious and critical axe findings, as "rule: targets". */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test("plays a micro routine end to end on the player's clock", async ({
  page,
  origin,
  offOriginRequests,
}) => {
  await page.goto(`${origin}/routines-lab.html?routine=micro-open-up&clock=manual&speech=record`);
  await expect(page.getByRole('heading', { name: 'Open up' })).toBeVisible();
  // The first step is visible with a timer and the overhead-reach illustration.
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.locator('svg[data-illustration="overhead-reach"]')).toBeVisible();
  // Two exercises of three parts each: two steps, not six.
  await expect(player(page).locator('.routine-player__position')).toHaveText('Step 1 of 2');
  await expect(player(page).locator('.routine-player__item')).toHaveText(
    'Overhead reach · part 1 of 3',
  );
  await advance(page, 54_000);
  await expect(page.getByTestId('routine-result')).toHaveAttribute('data-outcome', 'finished');
  const result = await labResult(page);
  expect(result?.summary).toMatchObject({ completedSteps: 2, skippedSteps: 0, totalSteps: 2 });
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

test('plays a five-minute routine end to end as its ten steps, with rounds and the breathing pacer', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/routines-lab.html?routine=long-desk-reset&clock=manual`);
  await expect(page.getByRole('heading', { name: 'Full desk reset' })).toBeVisible();
  const positions = new Set<string>();
  const rounds = new Set<string>();
  const phases = new Set<string>();
  const radii = new Set<string>();
  // Sample the page after every second of the routine's own time (it lasts 289 s).
  for (let second = 0; second < 300 && !(await labResult(page)); second += 1) {
    const sample = await page.evaluate(() => ({
      position: document.querySelector('.routine-player__position')?.textContent ?? '',
      round: document.querySelector('.routine-player__round')?.textContent ?? null,
      phase: document.querySelector('.breathing-pacer')?.getAttribute('data-phase') ?? null,
      radius: document.querySelector('.breathing-pacer__breath')?.getAttribute('r') ?? null,
    }));
    positions.add(sample.position);
    if (sample.round) rounds.add(sample.round);
    if (sample.phase) phases.add(sample.phase);
    if (sample.radius) radii.add(sample.radius);
    await advance(page, 1000);
  }
  const result = await labResult(page);
  expect(result?.kind).toBe('finished');
  // Ten exercises, counted as ten steps (not their 38 parts), each done.
  expect(result?.summary).toMatchObject({ totalSteps: 10, completedSteps: 10, skippedSteps: 0 });
  expect([...positions].filter((p) => p !== 'Done')).toEqual(
    Array.from({ length: 10 }, (_, i) => `Step ${i + 1} of 10`),
  );
  // Repeated movements and breaths count rounds: four reps of the chin tuck, four breaths out.
  expect(rounds).toContain('Round 4 of 4');
  expect(rounds).toContain('Round 1 of 4');
  // The last item is the long breath out: in and out phases, and a circle that changes size.
  expect(phases).toEqual(new Set(['in', 'out']));
  expect(radii.size).toBeGreaterThan(3);
});

test('is fully keyboard operable: Space pauses, arrows move, Esc ends', async ({
  page,
  origin,
}) => {
  await page.goto(`${origin}/routines-lab.html?routine=long-calm&clock=manual`);
  const root = player(page);
  await expect(root).toBeFocused();
  await expect(root).toHaveAttribute('data-step-index', '0');

  await page.keyboard.press('Space');
  await expect(root).toHaveAttribute('data-status', 'paused');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  const frozen = await page.getByRole('timer').textContent();
  await advance(page, 5000);
  await expect(page.getByRole('timer')).toHaveText(frozen!);
  await page.keyboard.press('Space');
  await expect(root).toHaveAttribute('data-status', 'running');

  // → moves through the parts of a step; past its last part comes the next step.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('data-step-index', '2');
  await expect(page.getByTestId('routine-announcer')).toContainText('Step 2 of 7, part 1 of 7');
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
  // The player's own clock plays it through: nothing here depends on how fast the machine is.
  await page.goto(`${origin}/routines-lab.html?routine=long-self-care&pregnant=1&clock=manual`);
  // Nine items, less the two points not for pregnancy (GB 21 and LI 4).
  await expect(player(page).locator('.routine-player__position')).toHaveText('Step 1 of 7');
  await advance(page, 6 * 60_000);
  await expect(page.getByTestId('routine-result')).toHaveAttribute('data-outcome', 'finished');
  const result = await labResult(page);
  expect(result?.summary.completedItemIds).not.toContain('acupressure-gb21');
  expect(result?.summary.completedItemIds).toContain('acupressure-k27');
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [name, url] of [
    ['a stretch step', 'routine=micro-open-up&clock=manual'],
    ['a breathing step', 'routine=micro-breathe&reduced=1&clock=manual'],
    ['an acupressure step with cautions', 'routine=item-acupressure-gb21&clock=manual'],
    ['the routine list', ''],
  ] as const) {
    test(`axe (${colorScheme}): no serious or critical violations on ${name}`, async ({
      page,
      origin,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${origin}/routines-lab.html?${url}`);
      await expect(page.locator('main')).toBeVisible();
      if (url.includes('micro-breathe')) {
        // Into the paced breathing itself, with its words and round.
        await advance(page, 5000);
        await expect(page.locator('.routine-player__round')).toHaveText('Round 1 of 4');
      }
      // Colour contrast is among the checks: text on the page, the cautions and the buttons.
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('dark theme: the player and its cautions follow the system colours', async ({
  page,
  origin,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${origin}/routines-lab.html?routine=item-acupressure-gb21&clock=manual`);
  const colours = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      page: getComputedStyle(document.documentElement).backgroundColor,
      title: style('.routine-player h2').color,
      cautions: style('.routine-player__cautions').backgroundColor,
      cautionText: style('.routine-player__cautions li').color,
    };
  });
  // Light words on a dark page and a dark cautions box: nothing left cream or dark-on-dark.
  const lightness = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return (r! + g! + b!) / 3;
  };
  expect(lightness(colours.page)).toBeLessThan(60);
  expect(lightness(colours.cautions)).toBeLessThan(80);
  expect(lightness(colours.title)).toBeGreaterThan(180);
  expect(lightness(colours.cautionText)).toBeGreaterThan(180);
});

test('axe: the doctor page has no serious violations', async ({ page, origin }) => {
  await page.goto(`${origin}/routines-lab.html?routine=micro-neck-reset`);
  await page.getByRole('button', { name: 'When to see a doctor' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
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
  await page.goto(`${origin}/routines-lab.html?routine=micro-breathe&clock=manual`);
  await advance(page, 4000);
  await expect(page.locator('.breathing-pacer')).toBeVisible();
  const radii = new Set<string>();
  const phases = new Set<string>();
  // Two breaths (4 s in, 6 s out each), sampled every half second of the player's time.
  for (let i = 0; i < 40; i += 1) {
    const sample = await page.evaluate(() => ({
      r: document.querySelector('.breathing-pacer__breath')?.getAttribute('r') ?? '',
      phase: document.querySelector('.breathing-pacer')?.getAttribute('data-phase') ?? '',
    }));
    radii.add(sample.r);
    phases.add(sample.phase);
    await advance(page, 500);
  }
  expect(radii.size).toBe(1);
  expect(phases).toEqual(new Set(['in', 'out']));
  await expect(page.locator('.routine-player')).toHaveClass(/routine-player--still/);
});

test.describe('a break in the browser host', () => {
  /**
   * The host's own time (its controller's ticks, the break, the routine player) runs on the
   * page's clock, which Playwright's clock moves on here: no test waits for real minutes. The
   * clock keeps flowing meanwhile (Preact runs its effects on the page's timers), which only
   * ever adds a moment to what a test moves on.
   */
  async function startBreak(page: Page, appUrl: string, settings: Record<string, unknown> = {}) {
    await page.clock.install();
    await openWithSettings(page, appUrl, settings);
    await expect(page.getByTestId('status')).not.toHaveText('');
    await (await menuItem(page, 'Take a break now')).click();
    const dialog = page.getByRole('dialog', { name: 'A short break' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The element the person would hit at the middle of `selector`'s box is that element. */
  async function uncovered(page: Page, selector: string): Promise<boolean> {
    const target = page.locator(selector).first();
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) return false;
    const viewport = page.viewportSize()!;
    const inside =
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= viewport.width &&
      box.y + box.height <= viewport.height;
    const hit = await target.evaluate(
      (element, point) => {
        const top = document.elementFromPoint(point.x, point.y);
        return top !== null && (top === element || element.contains(top));
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    return inside && hit;
  }

  test('shows one thing with one timer: the routine, which ends the break when it ends', async ({
    page,
    appUrl,
  }) => {
    const dialog = await startBreak(page, appUrl);
    const routine = dialog.locator('.routine-player');
    await expect(routine).toBeVisible();
    // One timer on the whole page, the routine's; no break card with a second countdown.
    await expect(page.getByRole('timer')).toHaveCount(1);
    await expect(page.locator('.break-prompt')).toHaveCount(0);
    await expect(page.getByTestId('status')).toHaveText('On a micro break: routine playing');
    // No "step away" words while the routine asks you to sit and breathe.
    await expect(page.getByText(/step away/i)).toHaveCount(0);

    // The routine plays to its end on the page's clock (every micro routine is under a minute,
    // the break was planned for 30 s), and the break ends with the routine, not before.
    await page.clock.runFor(30_000);
    await expect(page.getByTestId('status')).toHaveText('On a micro break: routine playing');
    await page.clock.runFor(31_000);
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('status')).not.toContainText('On a micro break');
  });

  test('when the break ends first, its routine closes with it', async ({ page, appUrl }) => {
    const dialog = await startBreak(page, appUrl);
    await page.keyboard.press('Space');
    await expect(dialog.locator('.routine-player')).toHaveAttribute('data-status', 'paused');
    // A routine left paused keeps the break only so long past its own length; then both end.
    await page.clock.runFor('06:10');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('status')).not.toContainText('On a micro break');
  });

  test('covers the page: the rest is out of reach, focus stays inside, Esc ends it', async ({
    page,
    appUrl,
  }) => {
    const dialog = await startBreak(page, appUrl);
    await expect(dialog.locator('.routine-player')).toBeFocused();
    // The controls behind are covered, not merely hidden: a click there lands on the break.
    expect(await uncovered(page, '.tray-menu button')).toBe(false);
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const inBreak = await page.evaluate(() => {
        const active = document.activeElement;
        return active === document.body || active?.closest('dialog.break-dialog') !== null;
      });
      expect(inBreak).toBe(true);
    }
    await dialog.locator('.routine-player').focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('status')).not.toContainText('On a micro break');
  });

  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    test(`at ${width}×${height}, Skip, End and the cautions are in view and nothing covers them`, async ({
      page,
      appUrl,
    }) => {
      await page.setViewportSize({ width, height });
      const dialog = await startBreak(page, appUrl);
      await expect(dialog.locator('.routine-player__cautions')).toBeVisible();
      for (const selector of [
        '.break-dialog .routine-player__controls button:has-text("Skip")',
        '.break-dialog .routine-player__controls button:has-text("End")',
        '.break-dialog .routine-player__cautions',
      ]) {
        expect(await uncovered(page, selector), selector).toBe(true);
      }
    });
  }

  test('dark theme: the break passes axe, colour contrast included', async ({ page, appUrl }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const dialog = await startBreak(page, appUrl);
    await expect(dialog.locator('.routine-player__cautions')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with every short routine hidden, the break card is the one thing, with its timer', async ({
    page,
    appUrl,
  }) => {
    const dialog = await startBreak(page, appUrl, {
      routines: {
        hidden: [...MICRO_ROUTINE_IDS],
      },
    });
    await expect(dialog.locator('.routine-player')).toHaveCount(0);
    await expect(dialog.getByRole('heading', { name: /^Micro break: .* left$/ })).toBeVisible();
    await expect(page.locator('.break-prompt')).toHaveCount(1);
    await page.clock.runFor(32_000);
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('status')).not.toContainText('On a micro break');
  });
});

test('a routine played from the Routines view holds posture watching until it stops', async ({
  page,
  appUrl,
}) => {
  await openWithSettings(page, appUrl);
  await page.getByRole('button', { name: 'Routines', exact: true }).click();
  await page.getByRole('button', { name: 'Play Open up' }).click();
  await expect(page.locator('.routine-player')).toBeVisible();
  // No posture is judged while it plays: the core says so, and nudges and slouching wait.
  await expect(page.getByTestId('status')).toHaveText(
    'Playing a routine: posture checks wait until it ends',
  );
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await expect(page.getByTestId('status')).not.toContainText('Playing a routine');
});
