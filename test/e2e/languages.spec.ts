import type { Page } from '@playwright/test';
import { translatorFor } from '../../shared/core/i18n/translator';
import { englishWordsIn } from '../support/english-words';
import { expect, menuItem, openWithSettings, test } from './fixtures';
import { firstMinute, seedStore, twoWeeks } from './history-seed';

/**
 * Poise in German, as a person on a German system meets it: every view is walked and every word a
 * person can read (text, the labels assistive technology reads, the window title) is checked for
 * English. Words that bypass the translations show up here whichever file they were written in.
 * Text marked lang="en" (an English article title, say) is English on purpose and is skipped.
 */
const de = translatorFor('de');
const en = translatorFor('en');

/** Every piece of readable text on the page, with where it was found. */
function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // Marked inside the page, not by the page's own language on <html>.
    const markedEnglish = (el: Element | null): boolean => {
      const marked = el?.closest('[lang]');
      if (!marked || marked === document.documentElement) return false;
      return (marked.getAttribute('lang') ?? '').toLowerCase().startsWith('en');
    };
    const seen = (el: Element): boolean =>
      el.tagName === 'OPTION' || el.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || markedEnglish(parent) || !seen(parent)) continue;
      if (parent.closest('script, style')) continue;
      out.push(`${parent.tagName.toLowerCase()}: ${text}`);
    }
    const attributes = [
      'aria-label',
      'aria-description',
      'aria-valuetext',
      'title',
      'placeholder',
      'alt',
    ];
    for (const el of document.body.querySelectorAll('*')) {
      if (markedEnglish(el) || !seen(el)) continue;
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value) out.push(`${el.tagName.toLowerCase()}[${name}]: ${value}`);
      }
    }
    out.push(`title: ${document.title}`);
    return out;
  });
}

async function expectNoEnglish(page: Page, view: string): Promise<void> {
  const english = (await readableText(page)).filter((text) => englishWordsIn(text).length > 0);
  expect.soft(english, `English words on ${view}`).toEqual([]);
}

test.describe('in German', () => {
  test.use({ locale: 'de-DE', cameraVideo: 'upright' });

  test('setup with the camera, then Today while watching, speak German throughout', async ({
    page,
    appUrl,
  }) => {
    test.setTimeout(240_000);
    await page.goto(appUrl);
    const heading = (name: string) => page.getByRole('heading', { name, exact: true });
    const next = page.getByRole('button', { name: de('onboarding:nav.next'), exact: true });

    await expect(heading(de('onboarding:steps.welcome'))).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expectNoEnglish(page, 'setup: welcome');

    await page.getByRole('button', { name: de('onboarding:nav.allowCamera') }).click();
    await expect(page.getByText(de('onboarding:camera.seen'))).toBeVisible({ timeout: 60_000 });
    await expectNoEnglish(page, 'setup: camera');

    await next.click();
    await expect(page.getByText(de('onboarding:placement.ready'))).toBeVisible({
      timeout: 60_000,
    });
    await expectNoEnglish(page, 'setup: placement');

    await next.click();
    await page.getByRole('button', { name: de('onboarding:calibration.upright.start') }).click();
    await expect(page.getByText(de('onboarding:calibration.upright.done'))).toBeVisible({
      timeout: 60_000,
    });
    await expectNoEnglish(page, 'setup: calibration');

    await next.click();
    await expect(heading(de('onboarding:steps.schedule'))).toBeFocused();
    await expectNoEnglish(page, 'setup: breaks');

    await page.getByRole('button', { name: de('onboarding:nav.finish'), exact: true }).click();
    await expect(page.getByTestId('status')).toHaveText(de('core:status.sittingWell'), {
      timeout: 60_000,
    });
    await expectNoEnglish(page, 'Today while watching');
    await menuItem(page, de('core:tray.recalibrate'), de('shell:menu.button'));
    await expectNoEnglish(page, 'the menu while watching');
  });

  test('every other view, a routine, its doctor page and a break speak German', async ({
    page,
    origin,
    appUrl,
  }) => {
    await seedStore(page, origin, 'poise-history', await twoWeeks(page), firstMinute);
    await openWithSettings(page, appUrl, { monitoring: { enabled: false } });
    const nav = (name: string) => page.getByRole('button', { name, exact: true });

    await expect(page.locator('#dash-tabpanel canvas')).toBeVisible();
    await expectNoEnglish(page, 'Today');
    await page.getByRole('tab', { name: de('dashboard:charts.tabMonth') }).click();
    await expect(page.locator('#dash-tabpanel[data-range="month"] canvas')).toBeVisible();
    await expectNoEnglish(page, 'Today, month');

    await nav(de('shell:views.routines')).click();
    await expectNoEnglish(page, 'Routines');
    await page
      .getByRole('button', { name: de('routines:library.play') })
      .first()
      .click();
    const player = page.locator('.routine-player');
    await expect(player.getByRole('timer')).toBeVisible();
    await expectNoEnglish(page, 'the routine player');

    await player.getByRole('button', { name: de('routines:doctorLink') }).click();
    const doctor = page.getByRole('dialog');
    await expect(doctor).toBeVisible();
    await expectNoEnglish(page, 'the doctor page');
    await doctor.getByRole('button', { name: de('safety.back') }).click();
    await player.getByRole('button', { name: de('routines:controls.end') }).click();

    await nav(de('shell:views.settings')).click();
    await expect(page.getByLabel(de('settings:fields.language'), { exact: true })).toBeVisible();
    await expectNoEnglish(page, 'Settings');
    await nav(de('shell:views.help')).click();
    await expectNoEnglish(page, 'Help');

    const takeBreak = await menuItem(page, de('core:tray.takeBreak'), de('shell:menu.button'));
    await expectNoEnglish(page, 'the menu');
    await takeBreak.click();
    await expect(page.locator('.routine-player')).toBeVisible();
    await expectNoEnglish(page, 'a break');
  });
});

test('choosing a language in Settings switches the app at once, and it stays chosen', async ({
  page,
  appUrl,
}) => {
  await openWithSettings(page, appUrl, { monitoring: { enabled: false } });
  const settingsNav = (t: typeof en) =>
    page.getByRole('button', { name: t('shell:views.settings'), exact: true });
  await settingsNav(en).click();
  const language = page.getByLabel(en('settings:fields.language'), { exact: true });
  await expect(language).toHaveValue('system');
  // The English page trips the check the German pages pass, so that check can fail.
  const englishPage = (await readableText(page)).filter((text) => englishWordsIn(text).length);
  expect(englishPage.length).toBeGreaterThan(20);

  await language.selectOption('de');
  // No reload: the shell, the status line and the menu (the tray's model) follow at once.
  await expect(settingsNav(de)).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText(de('core:status.notWatching.off'));
  await expect(
    await menuItem(page, de('core:tray.takeBreak'), de('shell:menu.button')),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  await page.reload();
  await expect(settingsNav(de)).toBeVisible();
  await settingsNav(de).click();
  await page.getByLabel(de('settings:fields.language'), { exact: true }).selectOption('system');
  await expect(settingsNav(en)).toBeVisible();
  await expect(page.getByTestId('status')).toHaveText(en('core:status.notWatching.off'));
});
