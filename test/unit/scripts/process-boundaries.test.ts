import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/repo-paths';

/**
 * The layout rules (scripts/lint/process-boundaries.js) must catch each kind of wrong edge. Each
 * case plants one file's text at a path inside the tree (nothing is written to disk) and lints it
 * with the project's own ESLint config, the one `npm run lint` uses. The clean cases show the
 * rules do not simply fail everything.
 */
const eslint = new ESLint({ cwd: repoRoot });

async function ruleHits(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(repoRoot, path) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const planted: ReadonlyArray<[kind: string, path: string, code: string, rule: string]> = [
  [
    'pure core → main process',
    'shared/core/planted.ts',
    "import { TrayAdapter } from '../../main/platform/tray';\nexport type T = TrayAdapter;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'pure posture code → page code',
    'shared/posture/planted.ts',
    "import { currentWording } from '../../renderer/i18n/language-store';\nexport const s = currentWording;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'pure core → the app controller that drives it',
    'shared/core/planted.ts',
    "import type { ControllerPorts } from '../app/ports';\nexport type C = ControllerPorts;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'shared → main, through a path that walks back out',
    'shared/app/planted.ts',
    "import { createTray } from '../../shared/../main/platform/tray';\nexport const c = createTray;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'main → page code',
    'main/planted.ts',
    "import { currentWording } from '../renderer/i18n/language-store';\nexport const s = currentWording;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'page → main process',
    'renderer/planted.ts',
    "import { createTray } from '../main/platform/tray';\nexport const c = createTray;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'preload → anything but the IPC contract',
    'preload/planted.ts',
    "import { defaultSettings } from '../shared/core/settings/schema';\nexport const d = defaultSettings;\n",
    'import-x/no-restricted-paths',
  ],
  [
    'an import the resolver cannot follow',
    'shared/core/planted.ts',
    "import { nothing } from './no-such-file';\nexport const n = nothing;\n",
    'import-x/no-unresolved',
  ],
  [
    'shared → Electron',
    'shared/app/planted.ts',
    "import { app } from 'electron';\nexport const a = app;\n",
    'no-restricted-imports',
  ],
  [
    'shared → a Node built-in',
    'shared/core/planted.ts',
    "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    'import-x/no-nodejs-modules',
  ],
  [
    'page → a Node built-in',
    'renderer/planted.ts',
    "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    'import-x/no-nodejs-modules',
  ],
  [
    'page → main process files, through a Vite glob',
    'renderer/planted.ts',
    "export const icons = import.meta.glob('../main/assets/*.png', { eager: true });\n",
    'no-restricted-syntax',
  ],
  [
    'page → Electron',
    'renderer/planted.ts',
    "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
    'no-restricted-imports',
  ],
  [
    'shared → a page global',
    'shared/app/planted.ts',
    'export const title = (): string => document.title;\n',
    'no-restricted-globals',
  ],
  [
    'shared → a Node global',
    'shared/app/planted.ts',
    'export const pid = (): number => process.pid;\n',
    'no-restricted-globals',
  ],
  [
    'shared → the network',
    'shared/app/planted.ts',
    "export const get = (): Promise<Response> => fetch('https://example.com');\n",
    'no-restricted-globals',
  ],
  [
    'pure core → the wall clock',
    'shared/core/planted.ts',
    'export const now = (): number => Date.now();\n',
    'no-restricted-globals',
  ],
  [
    'main → a page global',
    'main/planted.ts',
    'export const title = (): string => document.title;\n',
    'no-restricted-globals',
  ],
  [
    'page → a Node global',
    'renderer/planted.ts',
    'export const pid = (): number => process.pid;\n',
    'no-restricted-globals',
  ],
];

describe('process boundaries (lint)', () => {
  it.each(planted)('fails on %s', async (_kind, path, code, rule) => {
    const hits = await ruleHits(path, code);
    expect(hits.some((hit) => hit.startsWith(`${rule}:`))).toBe(true);
  });

  it.each([
    [
      'the pure core using its own folder',
      'shared/core/planted.ts',
      "import { defaultSettings } from './settings/schema';\nexport const d = defaultSettings;\n",
    ],
    [
      'a page bundling shared files through a Vite glob',
      'renderer/planted.ts',
      "export const icons = import.meta.glob('../shared/assets/icons/*.svg', { eager: true });\n",
    ],
    [
      'the controller using the core',
      'shared/app/planted.ts',
      "import { defaultSettings } from '../core/settings/schema';\nexport const d = defaultSettings;\n",
    ],
    [
      'a page using shared code',
      'renderer/planted.ts',
      "import { defaultSettings } from '../shared/core/settings/schema';\nexport const d = defaultSettings;\n",
    ],
    [
      'main using shared code and Node',
      'main/planted.ts',
      "import { readFileSync } from 'node:fs';\nimport { defaultSettings } from '../shared/core/settings/schema';\nexport const d = [defaultSettings, readFileSync];\n",
    ],
    [
      'the preload using the IPC contract',
      'preload/planted.ts',
      "import { invokeContract } from '../shared/ipc/contract';\nexport const c = invokeContract;\n",
    ],
    [
      'the app controller reading the clock',
      'shared/app/planted.ts',
      'export const now = (): number => Date.now();\n',
    ],
  ])('passes %s', async (_kind, path, code) => {
    expect(await ruleHits(path, code)).toEqual([]);
  });
});
