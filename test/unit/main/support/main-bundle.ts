import * as childProcess from 'node:child_process';
import * as files from 'node:fs/promises';
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
  const build = childProcess.spawnSync(
    process.execPath,
    ['scripts/build-main.mjs', '--outdir', outdir],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`build-main failed:\n${build.stderr}`);
  return join(outdir, 'main', 'index.cjs');
}

/**
 * Run a CommonJS bundle as Electron would load it, except that its `require('electron')` gets
 * `electron` (the fake), and any module named in `replaced` gets its stand-in; every other require
 * is Node's own. Only public Node APIs: the bundle is wrapped the way Node wraps a CommonJS
 * module, with our require.
 */
export function runBundle(
  file: string,
  electron: unknown,
  replaced: Readonly<Record<string, unknown>> = {},
): void {
  const nodeRequire = createRequire(file);
  const require = ((id: string) =>
    id === 'electron'
      ? electron
      : id in replaced
        ? replaced[id]
        : nodeRequire(id)) as NodeJS.Require;
  const module = { exports: {} };
  const wrapper = compileFunction(
    readFileSync(file, 'utf8'),
    ['exports', 'require', 'module', '__filename', '__dirname'],
    { filename: file },
  );
  wrapper(module.exports, require, module, file, dirname(file));
}

/**
 * A machine with none of the desktop's tools and no other program using a camera, whatever the
 * machine running the test has: the Linux signal probes (pactl, xprop, gsettings, /proc) would
 * otherwise read the real desktop, and a video call on the developer's machine would hold the
 * coach back. Every other use of these modules is Node's own.
 */
export function quietDesktop(): Record<string, unknown> {
  const missingTool = (command: string) =>
    Object.assign(new Error(`spawn ${command} ENOENT`), {
      code: 'ENOENT',
      errno: -2,
      path: command,
    });
  return {
    'node:child_process': {
      ...childProcess,
      execFile: (command: string, ...rest: unknown[]) => {
        const callback = rest.find((arg) => typeof arg === 'function') as
          ((error: Error) => void) | undefined;
        queueMicrotask(() => callback?.(missingTool(command)));
        return { kill: () => true, on: () => undefined };
      },
    },
    'node:fs/promises': {
      ...files,
      readdir: (path: string, ...rest: unknown[]) =>
        path === '/proc'
          ? Promise.resolve([])
          : (files.readdir as (...a: unknown[]) => unknown)(path, ...rest),
    },
  };
}
