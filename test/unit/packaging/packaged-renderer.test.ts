import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_PAGES, LAB_PAGES } from '../../../vite.config';
import { repoRoot } from '../../support/repo-paths';

/**
 * The renderer as `npm run build` makes it for the package (electron-builder ships
 * dist/renderer/** as it is): the app's pages and nothing test-only. The lab pages and the hooks
 * they give tests (unplugging the camera, a tick counter, the onboarding lab's results) must not
 * be in it, not even as a chunk no page loads.
 */
const TEST_ONLY_MARKERS = [
  '__poseLab',
  '__cameraControl',
  'poiseOnboardingLab',
  'mountOnboardingLab',
  'unplugCamera',
];

let outDir = '';
let files: string[] = [];

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(outDir, path)];
  });
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'poise-packaged-'));
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  files = listFiles(outDir);
}, 300_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The `files:` list of electron-builder.yml: what goes into the app archive. */
function packagedFilePatterns(): string[] {
  const config = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8');
  const block = /^files:\n((?:\s+- .+\n)+)/m.exec(config)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^- /, '')
        .replace(/^'(.*)'$/, '$1'),
    )
    .filter((line) => line.length > 0);
}

describe('the package file list', () => {
  it('takes only built output, package.json and the icons: no source, test or lab folder', () => {
    const included = packagedFilePatterns().filter((pattern) => !pattern.startsWith('!'));
    expect(included.length).toBeGreaterThan(0);
    const allowed = [
      'package.json',
      'dist/main/**',
      'dist/preload/**',
      'dist/renderer/**',
      'main/assets/**',
    ];
    expect(included.filter((pattern) => !allowed.includes(pattern))).toEqual([]);
  });
});

describe('the packaged renderer', () => {
  it("has every one of the app's pages", () => {
    for (const page of APP_PAGES) expect(files).toContain(`${page}.html`);
  });

  it('has no lab page', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.sort()).toEqual(APP_PAGES.map((page) => `${page}.html`).sort());
    for (const lab of LAB_PAGES) expect(files).not.toContain(`${lab}.html`);
  });

  it('carries no test hook in any script', () => {
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const leaks = scripts.flatMap((file) => {
      const code = readFileSync(join(outDir, file), 'utf8');
      return TEST_ONLY_MARKERS.filter((marker) => code.includes(marker)).map(
        (marker) => `${file}: ${marker}`,
      );
    });
    expect(leaks).toEqual([]);
  });
});
