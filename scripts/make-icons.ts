/**
 * Render Poise's icons from their SVG sources (shared/assets/icons) to the PNGs the app loads at run
 * time, plus the .ico and .icns electron-builder uses for Windows and macOS.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Chromium (Debian's, through Playwright) draws the SVGs with a transparent background, so the
 * icons look exactly as a browser draws them and no image library is needed. The outputs are
 * committed; run this again only after changing a source.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { TRAY_STATES } from '../shared/core/app-status';
import { launchChromium } from '../test/support/chromium';
import { repoRoot } from '../test/support/repo-paths';
import { icnsFile, icoFile } from './icon-containers';

const assets = join(repoRoot, 'main/assets');
const source = (name: string): string =>
  readFileSync(join(repoRoot, 'shared/assets/icons', `${name}.svg`), 'utf8');

async function renderPng(page: Page, svg: string, size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  // Only this throwaway page sees the inline style; nothing here ships in the app.
  await page.setContent(
    `<!doctype html><html><head><style>html,body{margin:0;background:transparent}` +
      `svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`,
  );
  return page.screenshot({
    type: 'png',
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
}

function write(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  console.log(`wrote ${path.slice(repoRoot.length + 1)} (${data.length} bytes)`);
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const state of TRAY_STATES) {
      const svg = source(`tray-${state}`);
      // Electron picks NAME@2x.png on its own on high-density screens.
      write(join(assets, 'tray', `tray-${state}.png`), await renderPng(page, svg, 16));
      write(join(assets, 'tray', `tray-${state}@2x.png`), await renderPng(page, svg, 32));
    }

    const icon = source('icon');
    const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
    const pngs = new Map<number, Buffer>();
    for (const size of sizes) pngs.set(size, await renderPng(page, icon, size));
    const png = (size: number): Buffer => {
      const data = pngs.get(size);
      if (!data) throw new Error(`icon not rendered at ${size}px`);
      return data;
    };
    write(join(assets, 'icon.png'), png(512));
    write(join(assets, 'icon-1024.png'), png(1024));
    write(
      join(assets, 'icon.ico'),
      icoFile([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png(size) }))),
    );
    write(
      join(assets, 'icon.icns'),
      icnsFile([32, 64, 128, 256, 512, 1024].map((size) => ({ size, png: png(size) }))),
    );
  } finally {
    await browser.close();
  }
}

await main();
