import type { Browser, Page } from '@playwright/test';

/** The pose lab page in a new tab, its hooks ready; page errors are logged, not swallowed. */
export async function openPoseLab(browser: Browser, appUrl: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  await page.goto(new URL('pose-lab.html', appUrl).href);
  await page.waitForFunction(() => typeof window.__poseLab !== 'undefined');
  return page;
}
