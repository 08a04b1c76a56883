import type { FakeElectron, FakeElectronModule } from './index';

/*
 * A test file swaps `electron` for the installed fake with
 *
 *   vi.mock('electron', async () => (await import('<support>/fake-electron/vitest-mock')).electronModule());
 *
 * The fake lives in a global slot rather than in this module: vi.resetModules() makes a new
 * instance of this module for the next import, and both must see the same fake.
 */
const SLOT = Symbol.for('poise.test.fake-electron');
type Slot = { [SLOT]?: FakeElectronModule };

const EXPORTS = [
  'app',
  'BrowserWindow',
  'contextBridge',
  'ipcMain',
  'ipcRenderer',
  'Menu',
  'nativeImage',
  'Notification',
  'powerMonitor',
  'protocol',
  'screen',
  'session',
  'Tray',
] as const satisfies readonly (keyof FakeElectronModule &
  keyof typeof Electron.CrossProcessExports)[];

/** Make `fake` what `import … from 'electron'` returns from now on. */
export function installFakeElectron<Fake extends FakeElectron>(fake: Fake): Fake {
  (globalThis as Slot)[SLOT] = fake.module;
  return fake;
}

function installed(): FakeElectronModule {
  const module = (globalThis as Slot)[SLOT];
  if (!module) throw new Error('No fake electron installed: call installFakeElectron() first.');
  return module;
}

/**
 * For adapters that take Electron objects as arguments and must never import `electron` at run
 * time: `vi.mock('electron', async () => (await import(…)).forbiddenElectron('the tray adapter'))`.
 */
export function forbiddenElectron(who: string): never {
  throw new Error(
    `${who} must not load electron at run time: it takes Electron objects as arguments`,
  );
}

/** The module vi.mock hands out: each export reads the installed fake when it is used. */
export function electronModule(): Record<(typeof EXPORTS)[number] | 'default', unknown> {
  const exports = {} as Record<(typeof EXPORTS)[number] | 'default', unknown>;
  for (const name of EXPORTS)
    Object.defineProperty(exports, name, { enumerable: true, get: () => installed()[name] });
  Object.defineProperty(exports, 'default', { enumerable: true, get: installed });
  return exports;
}
