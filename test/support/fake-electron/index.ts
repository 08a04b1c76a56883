import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../repo-paths';
import { FakeApp } from './app';
import { browserWindowClass } from './browser-window';
import { createContext, type FakePlatform } from './context';
import { FakeIpcMain } from './ipc-main';
import { fakeMenu } from './menu';
import { fakeNativeImage } from './native-image';
import { notificationClass } from './notification';
import { FakePowerMonitor } from './power-monitor';
import { FakeProtocol } from './protocol';
import { FakeContextBridge, FakeIpcRenderer } from './renderer';
import { FakeScreen, type DisplaySpec } from './screen';
import { fakeSessionModule } from './session';
import { trayClass } from './tray';
import type { FakeWebContents } from './web-contents';

export type { FakePlatform } from './context';
export type { DisplaySpec } from './screen';

export interface FakeElectronOptions {
  /** The folder standing in for the user's home (app.getPath() answers below it); default a new temp folder. */
  readonly home?: string;
  /** Default 'linux'. */
  readonly platform?: FakePlatform;
  /** What app.getAppPath() answers; default the repository (as `electron .` in development). */
  readonly appPath?: string;
  /** app.getPreferredSystemLanguages(); default ['en-US']. */
  readonly systemLanguages?: readonly string[];
  /** false: another instance is running already. Default true. */
  readonly gotSingleInstanceLock?: boolean;
  /** The displays, the first one primary; default one 1920 × 1080 display. */
  readonly displays?: readonly DisplaySpec[];
}

const ONE_DISPLAY: readonly DisplaySpec[] = [{ bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];

/**
 * One fake `electron`, shared by every test: each piece typed against Electron's own definitions
 * (a change in electron.d.ts breaks the type check, not a release), with Electron's event
 * semantics and each platform's differences. `module` is what `require('electron')` returns.
 */
export function createFakeElectron(options: FakeElectronOptions = {}) {
  const context = createContext(options.platform ?? 'linux');
  let lastWebContentsId = 0;
  const app: FakeApp = new FakeApp({
    context,
    home: options.home ?? mkdtempSync(join(tmpdir(), 'poise-fake-home-')),
    appPath: options.appPath ?? repoRoot,
    systemLanguages: options.systemLanguages ?? ['en-US'],
    gotSingleInstanceLock: options.gotSingleInstanceLock ?? true,
    openWindows: () => BrowserWindow.getAllWindows(),
  });
  const BrowserWindow = browserWindowClass({
    context,
    app,
    nextWebContentsId: () => ++lastWebContentsId,
  });
  const ipcMain = new FakeIpcMain();
  let renderer: { ipcRenderer: FakeIpcRenderer; contextBridge: FakeContextBridge } | null = null;
  const page = () => {
    if (!renderer) throw new Error('no page: call attachPreload(webContents) first');
    return renderer;
  };

  const mainProcess = {
    app,
    BrowserWindow,
    ipcMain,
    Menu: fakeMenu,
    nativeImage: fakeNativeImage,
    Notification: notificationClass(),
    powerMonitor: new FakePowerMonitor(context.platform),
    protocol: new FakeProtocol(context),
    screen: new FakeScreen(context, options.displays ?? ONE_DISPLAY),
    session: fakeSessionModule(context),
    Tray: trayClass(),
  };
  const module = {
    ...mainProcess,
    // The renderer-side modules, as the preload of the attached page sees them.
    get ipcRenderer(): FakeIpcRenderer {
      return page().ipcRenderer;
    },
    get contextBridge(): FakeContextBridge {
      return page().contextBridge;
    },
  };

  return {
    ...mainProcess,
    module,
    platform: context.platform,
    /** Calls whose order matters, in order ('app.whenReady', 'protocol.register…', 'app.quit'). */
    journal: context.journal as readonly string[],
    becomeReady: () => app.becomeReady(),
    /** Run a preload in `webContents`' page: its ipcRenderer speaks as that webContents. */
    attachPreload(webContents: FakeWebContents) {
      renderer = {
        ipcRenderer: new FakeIpcRenderer(ipcMain, webContents),
        contextBridge: new FakeContextBridge(),
      };
      return renderer;
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeElectronModule = FakeElectron['module'];
