import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';
import { repoRoot } from '../../../support/repo-paths';

/**
 * Build the main bundle with the project's own build script (scripts/build-main.mjs, the same
 * esbuild options as `npm run build`) into a temp folder; returns the bundle's path.
 */
export function buildMainBundle(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'poise-bundle-'));
  const build = spawnSync(process.execPath, ['scripts/build-main.mjs', '--outdir', outdir], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build-main failed:\n${build.stderr}`);
  return join(outdir, 'main', 'index.cjs');
}

/**
 * Run a CommonJS bundle as Electron would load it, except that its `require('electron')` gets
 * `electron` (the fake); every other require is Node's own. Only public Node APIs: the bundle is
 * wrapped the way Node wraps a CommonJS module, with our require.
 */
export function runBundle(file: string, electron: unknown): void {
  const nodeRequire = createRequire(file);
  const require = ((id: string) =>
    id === 'electron' ? electron : nodeRequire(id)) as NodeJS.Require;
  const module = { exports: {} };
  const wrapper = compileFunction(
    readFileSync(file, 'utf8'),
    ['exports', 'require', 'module', '__filename', '__dirname'],
    { filename: file },
  );
  wrapper(module.exports, require, module, file, dirname(file));
}
