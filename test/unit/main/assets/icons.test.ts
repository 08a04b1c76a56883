import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAY_STATES } from '../../../../shared/core/app-status';
import { ICNS_TYPES } from '../../../../scripts/icon-containers';
import { decodePng, type RgbaImage } from '../../../support/png';
import { repoRoot } from '../../../support/repo-paths';

const assets = join(repoRoot, 'main/assets');

const png = (path: string): RgbaImage => decodePng(readFileSync(join(assets, path)));

/** WCAG relative luminance and contrast ratio. */
const channel = (v: number): number => {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (r: number, g: number, b: number): number =>
  0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: number, b: number): number =>
  (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * Of the icon's drawn pixels, the share that stands out (contrast ≥ 3:1, the WCAG level for
 * graphics) against a panel of the given grey, after alpha-compositing onto that panel.
 */
function visibleShare(image: RgbaImage, panel: number): number {
  const panelLum = luminance(panel, panel, panel);
  let drawn = 0;
  let visible = 0;
  for (let i = 0; i < image.width * image.height; i++) {
    const alpha = (image.data[i * 4 + 3] ?? 0) / 255;
    if (alpha < 0.5) continue;
    drawn += 1;
    const mix = (v: number): number => v * alpha + panel * (1 - alpha);
    const lum = luminance(
      mix(image.data[i * 4] ?? 0),
      mix(image.data[i * 4 + 1] ?? 0),
      mix(image.data[i * 4 + 2] ?? 0),
    );
    if (contrast(lum, panelLum) >= 3) visible += 1;
  }
  return drawn === 0 ? 0 : visible / drawn;
}

const silhouette = (image: RgbaImage): boolean[] =>
  Array.from({ length: image.width * image.height }, (_, i) => (image.data[i * 4 + 3] ?? 0) >= 128);

describe('tray icons', () => {
  it.each(TRAY_STATES)('%s: 16px and @2x 32px PNGs with a transparent background', (state) => {
    for (const [file, size] of [
      [`tray/tray-${state}.png`, 16],
      [`tray/tray-${state}@2x.png`, 32],
    ] as const) {
      expect(existsSync(join(assets, file)), file).toBe(true);
      const image = png(file);
      expect([image.width, image.height]).toEqual([size, size]);
      const alphaAt = (x: number, y: number): number => image.data[(y * size + x) * 4 + 3] ?? -1;
      expect([alphaAt(0, 0), alphaAt(size - 1, 0)]).toEqual([0, 0]);
      const drawn = silhouette(image).filter(Boolean).length;
      expect(drawn / (size * size)).toBeGreaterThan(0.15);
    }
  });

  it.each(TRAY_STATES)('%s reads on a light panel and on a dark panel', (state) => {
    for (const file of [`tray/tray-${state}.png`, `tray/tray-${state}@2x.png`]) {
      const image = png(file);
      // Light (GNOME, Windows light) and dark (macOS dark, KDE Breeze dark) panels.
      expect(visibleShare(image, 0xf2), `${file} on light`).toBeGreaterThan(0.3);
      expect(visibleShare(image, 0x26), `${file} on dark`).toBeGreaterThan(0.3);
    }
  });

  it('states differ in shape, not only in colour', () => {
    const shapes = TRAY_STATES.map((state) => silhouette(png(`tray/tray-${state}@2x.png`)));
    for (let a = 0; a < TRAY_STATES.length; a++) {
      for (let b = a + 1; b < TRAY_STATES.length; b++) {
        const differing = shapes[a]!.filter((on, i) => on !== shapes[b]![i]).length;
        expect(differing, `${TRAY_STATES[a]} vs ${TRAY_STATES[b]}`).toBeGreaterThanOrEqual(24);
      }
    }
  });
});

describe('app icons', () => {
  it('icon.png is 512x512 and icon-1024.png 1024x1024', () => {
    expect([png('icon.png').width, png('icon.png').height]).toEqual([512, 512]);
    expect([png('icon-1024.png').width, png('icon-1024.png').height]).toEqual([1024, 1024]);
  });

  it('icon.ico holds PNGs of the sizes its directory claims, up to 256', () => {
    const ico = readFileSync(join(assets, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const size = ico.readUInt8(entry) || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      const image = decodePng(ico.subarray(offset, offset + length));
      expect([image.width, image.height]).toEqual([size, size]);
      sizes.push(size);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('icon.icns holds PNG elements whose pixel sizes match their types', () => {
    const icns = readFileSync(join(assets, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizeOfType = new Map(
      Object.entries(ICNS_TYPES).flatMap(([size, types]) => types.map((t) => [t, Number(size)])),
    );
    const found: string[] = [];
    for (let offset = 8; offset < icns.length;) {
      const type = icns.toString('latin1', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      const image = decodePng(icns.subarray(offset + 8, offset + length));
      expect(image.width, type).toBe(sizeOfType.get(type));
      found.push(type);
      offset += length;
    }
    expect(found).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });
});
