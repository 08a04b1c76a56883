// Where a file may run is said by its top folder, and these rules hold each folder to it, from the
// imports and globals the file actually uses (README, "How it is built"):
//
//   shared/    runs anywhere: the main process, every page, Node tools and tests. No Electron, no
//              Node built-ins, no DOM. shared/core and shared/posture are also pure: time is an
//              argument, so not even `Date`.
//   main/      Electron's main process (Node). Never page code.
//   preload/   the preload, between the two worlds: Electron's renderer modules and the IPC
//              contract, nothing else.
//   renderer/  the pages (sandboxed Chromium). No Node, no Electron: main is reached over IPC.
//
// Imports are checked on resolved paths (eslint-plugin-import-x), so `../../shared/../main/x`
// cannot slip past a pattern, and an import that does not resolve is an error of its own. test/
// and scripts/ are tools and may import anything.

import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const NODE_ONLY_GLOBALS = [
  'process',
  'require',
  'module',
  'exports',
  'Buffer',
  '__dirname',
  '__filename',
  'global',
];
const PAGE_ONLY_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'self',
];
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];

const restrictGlobals = (names, where) =>
  names.map((name) => ({ name, message: `${name} does not belong in ${where}.` }));

/** shared/ runs in every process, so it may use no process's own globals (ESLint's flat config
 * replaces a rule's options per block, so the pure core's block repeats these and adds Date). */
const SHARED_GLOBALS = [
  ...restrictGlobals(
    [...NODE_ONLY_GLOBALS, ...PAGE_ONLY_GLOBALS],
    'shared/ (it runs in every process)',
  ),
  ...restrictGlobals(NETWORK_GLOBALS, 'Poise (it never talks to a network)'),
];

const ELECTRON_MODULES = ['electron', 'electron/*'];

/** import-x zones: `target` may not import from `from` (paths from the repository root). */
const zones = [
  {
    target: './shared',
    from: ['./main', './renderer', './preload'],
    message: 'shared/ runs in every process: it cannot reach into a process folder.',
  },
  {
    target: ['./shared/core', './shared/posture'],
    from: './shared/app',
    message: 'The pure core does not know the app controller that drives it.',
  },
  {
    target: './main',
    from: ['./renderer', './preload'],
    message: 'The main process talks to pages over IPC (shared/ipc), never by importing them.',
  },
  {
    target: './renderer',
    from: ['./main', './preload'],
    message: 'Pages reach the main process over IPC (window.poise, shared/ipc), never by import.',
  },
  {
    target: './preload',
    from: ['./main', './renderer', './shared'],
    except: ['./ipc'],
    message: 'The preload exposes the IPC contract and nothing else.',
  },
];

/** @param {import('eslint-plugin-import-x').PluginFlatBaseConfig} importX */
export function processBoundaries(importX) {
  return [
    {
      files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
      plugins: { 'import-x': importX },
      settings: {
        'import-x/resolver-next': [
          importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
        ],
      },
      rules: {
        'import-x/no-restricted-paths': ['error', { zones, basePath: repoRoot }],
        // A path the resolver cannot follow would pass the zones unchecked.
        'import-x/no-unresolved': ['error', { ignore: ['\\?(url|raw|worker)$'] }],
      },
    },
    {
      files: ['shared/**/*.ts'],
      rules: {
        'import-x/no-nodejs-modules': 'error',
        'no-restricted-imports': [
          'error',
          { patterns: [{ group: ELECTRON_MODULES, message: 'shared/ runs without Electron.' }] },
        ],
        'no-restricted-globals': ['error', ...SHARED_GLOBALS],
      },
    },
    {
      files: ['shared/core/**/*.ts', 'shared/posture/**/*.ts'],
      rules: {
        'no-restricted-globals': [
          'error',
          ...SHARED_GLOBALS,
          { name: 'Date', message: 'The pure core takes time as an argument.' },
        ],
      },
    },
    {
      files: ['main/**/*.ts'],
      rules: {
        'no-restricted-globals': [
          'error',
          ...restrictGlobals(PAGE_ONLY_GLOBALS, 'the main process (it has no page)'),
          ...restrictGlobals(NETWORK_GLOBALS, 'Poise (it never talks to a network)'),
        ],
      },
    },
    {
      // Pages may fetch their own files (the pose model); the CSP's connect-src 'self' is what
      // keeps them off the network, and an end-to-end test proves no request leaves the app.
      files: ['renderer/**/*.{ts,tsx}', 'preload/**/*.ts'],
      rules: {
        'no-restricted-globals': [
          'error',
          ...restrictGlobals(NODE_ONLY_GLOBALS, 'a sandboxed page (it has no Node)'),
        ],
      },
    },
    {
      files: ['renderer/**/*.{ts,tsx}'],
      rules: {
        // Vite's import.meta.glob bundles files by pattern, which the import rules cannot see.
        'no-restricted-syntax': [
          'error',
          {
            selector:
              "CallExpression[callee.object.type='MetaProperty'][callee.property.name='glob'] Literal[value=/(^|\\/)(main|preload)\\//]",
            message: 'Pages bundle nothing from main/ or preload/: shared files live in shared/.',
          },
        ],
        'import-x/no-nodejs-modules': 'error',
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: ELECTRON_MODULES, message: 'Pages have no Electron: use window.poise.' },
            ],
          },
        ],
      },
    },
  ];
}
