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
async function watchPanel(page: Page, untilReps: number, maxSeconds: number) {
  const panel = page.locator('.move-panel');
  await expect(panel).toBeVisible({ timeout: 40_000 });
  await expect(panel).not.toHaveAttribute('data-move-phase', 'calibrating', { timeout: 20_000 });
  const phases = new Set<string>();
  const texts = new Set<string>();
  let reps = 0;
  for (let i = 0; i < maxSeconds * 2 && reps < untilReps; i += 1) {
    phases.add((await panel.getAttribute('data-move-phase')) ?? '');
    texts.add((await panel.locator('.move-panel__words').textContent()) ?? '');
    reps = Number(await panel.getAttribute('data-reps'));
    await page.waitForTimeout(500);
  }
  const samples = await page.evaluate(
    () => (window as unknown as { __routinesLab: { samples: number } }).__routinesLab.samples,
  );
  return { phases, texts, reps, samples };
}

test.describe('a still person', () => {
  test.use({ cameraVideo: 'still' });

  for (const move of ['chin-tuck', 'shoulder-squeeze', 'overhead-reach'] as const) {
    test(`${move}: 20 s in front of the camera without moving scores nothing`, async ({
      page,
      origin,
    }) => {
      await page.goto(`${origin}/routines-lab.html?move=${move}&seconds=60&camera=1`);
      const seen = await watchPanel(page, 1, 20);
      console.log(
        `[routines] still ${move}: samples ${seen.samples}, phases ${[...seen.phases].join(',')}`,
      );
      expect(seen.samples).toBeGreaterThan(20);
      expect(seen.phases).toContain('ready');
      expect(seen.reps).toBe(0);
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
    await page.goto(`${origin}/routines-lab.html?move=chin-tuck&seconds=150&delay=18&camera=1`);
    const seen = await watchPanel(page, 1, 100);
    console.log(
      `[routines] head movement: samples ${seen.samples}, phases ${[...seen.phases].join(',')}, reps ${seen.reps}`,
    );
    expect(seen.phases).toContain('active');
    expect(seen.texts).toContain('Good tuck. Hold it.');
    expect(seen.reps).toBeGreaterThanOrEqual(1);
    await expect(page.locator('.move-panel__reps')).toHaveText(String(Math.min(seen.reps, 20)));
    expect(offOriginRequests).toEqual([]);
  });
});
