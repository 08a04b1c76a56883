import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Pose-checked moves counted from a fake camera that plays real frames through the real MoveNet
 * pipeline (keypoints only reach the player). The recordings hold no exercises on cue, so:
 *  - a perfectly still person ('still' video) must never score a repetition;
 *  - in the slouched recording the subject's head moves forward and back; with the baseline
 *    taken in that posture, each time the head is drawn back (what a chin tuck does) and held
 *    for a second before coming forward again is a repetition.
 */

/** Every phase and every sentence the move panel shows from now on, none missed between polls. */
async function recordPanel(page: Page) {
  const panel = page.locator('.move-panel');
  await expect(panel).toBeVisible({ timeout: 40_000 });
  await page.evaluate(() => {
    const seen = { phases: [] as string[], texts: [] as string[] };
    (window as unknown as { __panelSeen: typeof seen }).__panelSeen = seen;
    const root = document.querySelector('.move-panel')!;
    const note = () => {
      seen.phases.push(root.getAttribute('data-move-phase') ?? '');
      seen.texts.push(root.querySelector('.move-panel__words')?.textContent ?? '');
    };
    note();
    new MutationObserver(note).observe(root, {
      attributes: true,
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return {
    reps: async () => Number(await panel.getAttribute('data-reps')),
    samples: () =>
      page.evaluate(
        () => (window as unknown as { __routinesLab: { samples: number } }).__routinesLab.samples,
      ),
    seen: async () => {
      const { phases, texts } = await page.evaluate(
        () =>
          (window as unknown as { __panelSeen: { phases: string[]; texts: string[] } }).__panelSeen,
      );
      return { phases: new Set(phases), texts: new Set(texts) };
    },
  };
}

test.describe('a still person', () => {
  test.use({ cameraVideo: 'still' });

  for (const move of ['chin-tuck', 'shoulder-squeeze', 'overhead-reach'] as const) {
    test(`${move}: a still person in front of the camera scores nothing`, async ({
      page,
      origin,
    }) => {
      // The manual clock holds the player on this step for as long as the test watches.
      await page.goto(`${origin}/routines-lab.html?move=${move}&seconds=60&camera=1&clock=manual`);
      const panel = await recordPanel(page);
      // Counted in camera samples, not seconds: as many as a busy machine needs to take them.
      await expect.poll(panel.samples, { timeout: 60_000 }).toBeGreaterThan(20);
      const seen = await panel.seen();
      console.log(`[routines] still ${move}: phases ${[...seen.phases].join(',')}`);
      expect(seen.phases).toContain('ready');
      expect(await panel.reps()).toBe(0);
    });
  }
});

test.describe('a person moving their head', () => {
  test.use({ cameraVideo: 'upright-then-slouched' });

  test('chin tuck: counts head-back repetitions from the fake camera, with live feedback', async ({
    page,
    origin,
    offOriginRequests,
  }) => {
    test.setTimeout(170_000);
    // Start ~18 s in: the video is in its slouched (head-forward) part, which becomes the baseline.
    // The fake camera plays in real time; the manual clock keeps the player on the step meanwhile.
    await page.goto(
      `${origin}/routines-lab.html?move=chin-tuck&seconds=150&delay=18&camera=1&clock=manual`,
    );
    const panel = await recordPanel(page);
    await expect.poll(panel.reps, { timeout: 120_000 }).toBeGreaterThanOrEqual(1);
    const seen = await panel.seen();
    const reps = await panel.reps();
    console.log(
      `[routines] head movement: samples ${await panel.samples()}, phases ${[...seen.phases].join(',')}, reps ${reps}`,
    );
    expect(seen.phases).toContain('active');
    expect(seen.texts).toContain('Good tuck. Hold it.');
    await expect(page.locator('.move-panel__reps')).toHaveText(String(Math.min(reps, 20)));
    expect(offOriginRequests).toEqual([]);
  });
});
