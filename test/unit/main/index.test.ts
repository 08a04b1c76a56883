import Conf from 'conf';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, SEND_CHANNELS } from '../../../shared/ipc/channels';
import { repoRoot } from '../../support/repo-paths';

/**
 * The composition root, started against a fake `electron` (no Electron binary exists on these
 * machines) and a real settings file: `electron-store` is replaced by `conf`, the library it
 * wraps, on a temp folder. The fakes only record; every decision is the real code's.
 */

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

function createFakeElectron(userData: string, gotLock: boolean) {
  const log: string[] = [];
  let nextWebContentsId = 1;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  class FakeWebContents extends Emitter {
    readonly id = nextWebContentsId++;
    readonly sent: [string, unknown][] = [];
    openHandler: ((details: { url: string }) => unknown) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
      this.openHandler = handler;
    }
    send(channel: string, payload: unknown): void {
      this.sent.push([channel, payload]);
    }
  }

  class BrowserWindow extends Emitter {
    static readonly all: BrowserWindow[] = [];
    static getFocusedWindow(): BrowserWindow | null {
      return null;
    }
    readonly webContents = new FakeWebContents();
    url = '';
    visible = false;
    ignoresMouse = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      BrowserWindow.all.push(this);
      log.push('new BrowserWindow');
    }
    loadURL(url: string): Promise<void> {
      this.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.visible = true;
    }
    showInactive(): void {
      this.visible = true;
    }
    hide(): void {
      this.visible = false;
    }
    bounds: unknown = null;
    closed = false;
    setBounds(bounds: unknown): void {
      this.bounds = bounds;
    }
    focus(): void {}
    isVisible(): boolean {
      return this.visible;
    }
    isDestroyed(): boolean {
      return this.closed;
    }
    close(): void {
      this.closed = true;
      this.emit('closed');
    }
    setIgnoreMouseEvents(ignore: boolean): void {
      this.ignoresMouse = ignore;
    }
  }

  class Tray {
    static readonly all: Tray[] = [];
    image: unknown;
    tooltip = '';
    menu: { template: MenuItemConstructorOptions[] } | undefined;
    constructor(image: unknown) {
      this.image = image;
      Tray.all.push(this);
    }
    setImage(image: unknown): void {
      this.image = image;
    }
    setToolTip(tooltip: string): void {
      this.tooltip = tooltip;
    }
    setContextMenu(menu: { template: MenuItemConstructorOptions[] }): void {
      this.menu = menu;
    }
  }

  class Notification {
    static readonly shown: { title: string; body: string }[] = [];
    constructor(readonly options: { title: string; body: string }) {}
    show(): void {
      Notification.shown.push(this.options);
    }
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => {
      log.push('requestSingleInstanceLock');
      return gotLock;
    }),
    quit: vi.fn(() => log.push('quit')),
    whenReady: vi.fn(() => {
      log.push('whenReady');
      return ready;
    }),
    getPath: vi.fn((name: string) => {
      // Electron's appData is ~/.config on Linux; userData is appData/Poise.
      if (name === 'appData') return join(userData, 'appData');
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return userData;
    }),
    getAppPath: () => repoRoot,
    // The tray and notifications speak the system's language unless the settings choose one.
    getPreferredSystemLanguages: vi.fn(() => ['en-US']),
    setLoginItemSettings: vi.fn(),
    // The platform signals leave Poise's own processes out (a call is another app's).
    getAppMetrics: vi.fn(() => [{ pid: process.pid }]),
    dock: { hide: vi.fn() },
  });

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => log.push('registerSchemesAsPrivileged')),
    handle: vi.fn(),
  };
  const ipcMain = {
    handlers: new Map<string, Listener>(),
    listeners: new Map<string, Listener>(),
    handle(channel: string, handler: Listener) {
      if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      this.handlers.set(channel, handler);
    },
    on(channel: string, listener: Listener) {
      this.listeners.set(channel, listener);
    },
  };
  const powerMonitor = Object.assign(new Emitter(), {
    getSystemIdleTime: () => 0,
    getSystemIdleState: () => 'active' as const,
  });
  const displays = [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    },
    {
      id: 2,
      bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
      workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
    },
  ];
  const screen = {
    getPrimaryDisplay: () => displays[0],
    getAllDisplays: () => displays,
  };
  const nativeImage = {
    createFromPath: vi.fn((path: string) => ({ path })),
  };
  const Menu = {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
  };

  return {
    log,
    becomeReady: async () => {
      resolveReady();
      // Let the whenReady().then(start) continuation run.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    module: {
      app,
      BrowserWindow,
      ipcMain,
      Menu,
      nativeImage,
      Notification,
      powerMonitor,
      protocol,
      screen,
      session,
      Tray,
    },
  };
}

type FakeElectron = ReturnType<typeof createFakeElectron>;
const current = vi.hoisted(() => ({ electron: null as unknown }));
const fake = (): FakeElectron => current.electron as FakeElectron;

vi.mock('electron', () => {
  const module = (): FakeElectron['module'] => (current.electron as FakeElectron).module;
  return {
    get app() {
      return module().app;
    },
    get BrowserWindow() {
      return module().BrowserWindow;
    },
    get ipcMain() {
      return module().ipcMain;
    },
    get Menu() {
      return module().Menu;
    },
    get nativeImage() {
      return module().nativeImage;
    },
    get Notification() {
      return module().Notification;
    },
    get powerMonitor() {
      return module().powerMonitor;
    },
    get protocol() {
      return module().protocol;
    },
    get screen() {
      return module().screen;
    },
    get session() {
      return module().session;
    },
    get Tray() {
      return module().Tray;
    },
  };
});

// electron-store is conf plus Electron's default folder; the app always passes `cwd`.
vi.mock('electron-store', () => ({
  default: class extends Conf<Record<string, unknown>> {
    constructor(options: { cwd: string; name: string }) {
      super({ cwd: options.cwd, configName: options.name, projectName: 'poise-test' });
    }
  },
}));

let userData: string;

async function startApp(options: { gotLock?: boolean; ready?: boolean } = {}) {
  current.electron = createFakeElectron(userData, options.gotLock ?? true);
  vi.resetModules();
  await import('../../../main/index');
  if (options.ready ?? true) await fake().becomeReady();
  return fake();
}

const windows = () => fake().module.BrowserWindow.all;
const windowAt = (url: string) => windows().find((w) => w.url.startsWith(url));
const monitorWindow = () => windowAt('poise://app/monitor.html');
const trayItem = (label: string) =>
  fake().module.Tray.all[0]!.menu?.template.find((i) => i.label === label);
const monitorControl = () =>
  monitorWindow()!
    .webContents.sent.filter(([channel]) => channel === 'monitor:control')
    .map(([, payload]) => payload);

/** The person finishes onboarding in the app window that the first run opened. */
async function finishSetup(): Promise<void> {
  const appWindow = windowAt('poise://app/app.html')!;
  const event = { sender: { id: appWindow.webContents.id }, senderFrame: { url: appWindow.url } };
  await fake().module.ipcMain.handlers.get('settings:update')!(event, { firstRunComplete: true });
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'poise-main-'));
});

afterEach(async () => {
  // Quit as Electron would, so the controller stops its timers and flushes what it holds.
  if (current.electron) {
    fake().module.app.emit('before-quit', { preventDefault: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  current.electron = null;
});

describe('main process start-up', () => {
  it('registers the app scheme as privileged before the app is ready, and nothing opens early', async () => {
    const electron = await startApp({ ready: false });
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'poise',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(electron.log.indexOf('registerSchemesAsPrivileged')).toBeLessThan(
      electron.log.indexOf('whenReady'),
    );
    expect(windows()).toHaveLength(0);
    expect(electron.module.protocol.handle).not.toHaveBeenCalled();

    await electron.becomeReady();
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('poise', expect.any(Function));
    expect(monitorWindow()).toBeDefined();
  });

  it('asks for the single-instance lock; a second instance quits without opening anything', async () => {
    const electron = await startApp({ gotLock: false });
    expect(electron.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.module.app.whenReady).not.toHaveBeenCalled();
    expect(windows()).toHaveLength(0);
    expect(electron.module.Tray.all).toHaveLength(0);
  });

  it('the first instance keeps running, and a second launch brings up the dashboard', async () => {
    const electron = await startApp();
    expect(electron.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.module.app.quit).not.toHaveBeenCalled();
    const appWindow = windowAt('poise://app/app.html')!;
    expect(appWindow).toBeDefined();
    electron.module.app.emit('second-instance');
    // The existing window is reused and told which view to show, not opened twice.
    expect(windows().filter((w) => w.url.startsWith('poise://app/app.html'))).toHaveLength(1);
    expect(appWindow.webContents.sent).toContainEqual(['app:show-view', { view: 'today' }]);
    expect(appWindow.visible).toBe(true);
  });

  it('creates the monitor window hidden, locked down, unthrottled, loaded from poise://app', async () => {
    await startApp();
    const monitor = monitorWindow();
    expect(monitor?.url).toBe('poise://app/monitor.html');
    expect(monitor?.options.show).toBe(false);
    expect(monitor?.visible).toBe(false);
    expect(monitor?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      backgroundThrottling: false,
      preload: join(repoRoot, 'dist/preload/preload.cjs'),
    });
    expect(monitor?.webContents.openHandler?.({ url: 'https://example.com' })).toEqual({
      action: 'deny',
    });
    expect(monitor?.webContents.listeners.has('will-navigate')).toBe(true);
  });

  it('hardens the default session: permissions and every request go through our handlers', async () => {
    const { session } = (await startApp()).module;
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    const [filter, listener] = session.defaultSession.webRequest.onBeforeRequest.mock.calls[0] as [
      { urls: string[] },
      (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(['<all_urls>']);
    const cancelled = vi.fn();
    listener({ url: 'https://example.com/' }, cancelled);
    expect(cancelled).toHaveBeenCalledWith({ cancel: true });
  });

  it('no window it opens has Node integration or lacks isolation', async () => {
    const electron = await startApp();
    const monitor = monitorWindow()!;
    await electron.module.ipcMain.handlers.get('app:command')!(
      { sender: { id: monitor.webContents.id }, senderFrame: { url: monitor.url } },
      { type: 'take-break', kind: 'long' },
    );
    expect(windowAt('poise://app/break.html#long')).toBeDefined();
    expect(windows().length).toBeGreaterThanOrEqual(3);
    for (const window of windows()) {
      expect(window.options.webPreferences?.nodeIntegration, window.url).toBe(false);
      expect(window.options.webPreferences?.contextIsolation, window.url).toBe(true);
      expect(window.options.webPreferences?.sandbox, window.url).toBe(true);
    }
  });

  it('with breaks on every display, covers the other displays and clears them when the break ends', async () => {
    const electron = await startApp();
    const monitor = monitorWindow()!;
    const event = { sender: { id: monitor.webContents.id }, senderFrame: { url: monitor.url } };
    const handlers = electron.module.ipcMain.handlers;
    await handlers.get('settings:update')!(event, { breaks: { allDisplays: true } });
    await handlers.get('app:command')!(event, { type: 'take-break', kind: 'micro' });
    expect(windowAt('poise://app/break.html#micro')).toBeDefined();
    const covers = windows().filter((w) => w.url === 'poise://app/break.html#cover');
    expect(covers).toHaveLength(1);
    expect(covers[0]!.bounds).toEqual({ x: 1920, y: 0, width: 2560, height: 1440 });

    await handlers.get('app:command')!(event, { type: 'finish-break', completed: false });
    expect(covers[0]!.closed).toBe(true);
  });

  it('with breaks on the primary display only, opens no covers', async () => {
    const electron = await startApp();
    const monitor = monitorWindow()!;
    const event = { sender: { id: monitor.webContents.id }, senderFrame: { url: monitor.url } };
    await electron.module.ipcMain.handlers.get('app:command')!(event, {
      type: 'take-break',
      kind: 'micro',
    });
    expect(windowAt('poise://app/break.html#micro')).toBeDefined();
    expect(windows().filter((w) => w.url === 'poise://app/break.html#cover')).toHaveLength(0);
  });

  it('on a first run it opens onboarding and writes the default settings file', async () => {
    await startApp();
    const onboarding = windowAt('poise://app/app.html#onboarding');
    expect(onboarding).toBeDefined();
    onboarding?.emit('ready-to-show');
    expect(onboarding?.visible).toBe(true);
    const file = join(userData, 'settings.json');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('launchAtLogin', false);
  });

  it('applies launch-at-login from the settings, and again when the setting changes', async () => {
    const electron = await startApp();
    const { setLoginItemSettings } = electron.module.app;
    // Linux has no Electron login items: an XDG autostart entry stands in for them.
    const autostart = join(userData, 'appData', 'autostart', 'poise.desktop');
    const isOn = (): boolean =>
      process.platform === 'linux'
        ? existsSync(autostart)
        : setLoginItemSettings.mock.lastCall?.[0]?.openAtLogin === true;
    expect(isOn()).toBe(false);
    const update = electron.module.ipcMain.handlers.get('settings:update')!;
    const monitor = monitorWindow()!;
    const event = { sender: { id: monitor.webContents.id }, senderFrame: { url: monitor.url } };
    await update(event, { launchAtLogin: true });
    expect(isOn()).toBe(true);
    if (process.platform === 'linux') {
      // In development the entry starts Electron with the app folder.
      expect(readFileSync(autostart, 'utf8')).toContain(repoRoot);
    }
    await update(event, { launchAtLogin: false });
    expect(isOn()).toBe(false);
  });

  it('lives in the tray: dock hidden, and closing every window does not quit', async () => {
    const electron = await startApp();
    expect(electron.module.app.dock.hide).toHaveBeenCalled();
    electron.module.app.emit('window-all-closed');
    expect(electron.module.app.quit).not.toHaveBeenCalled();
  });
});

describe('tray', () => {
  it('has an image that exists on disk, a tooltip and a menu', async () => {
    const electron = await startApp();
    const [tray] = electron.module.Tray.all;
    expect(tray).toBeDefined();
    const image = tray!.image as { path: string };
    expect(image.path).toMatch(/main[/\\]assets[/\\]tray[/\\]tray-[a-z-]+\.png$/);
    expect(existsSync(image.path)).toBe(true);
    expect(tray!.tooltip).toMatch(/^Poise: /);
    const labels = tray!.menu?.template.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Open dashboard', 'Quit Poise']));
  });

  it("speaks the system's language when the settings leave it to the system", async () => {
    const electron = await startApp({ ready: false });
    electron.module.app.getPreferredSystemLanguages.mockReturnValue(['de-DE', 'en-US']);
    await electron.becomeReady();
    const tray = electron.module.Tray.all[0]!;
    expect(tray.tooltip).toMatch(/^Poise: /);
    const labels = tray.menu?.template.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Übersicht öffnen', 'Poise beenden']));
    expect(labels).not.toContain('Quit Poise');
  });

  it('its Quit item quits the app', async () => {
    const electron = await startApp();
    const quit = electron.module.Tray.all[0]!.menu?.template.find((i) => i.label === 'Quit Poise');
    (quit?.click as () => void)();
    expect(electron.module.app.quit).toHaveBeenCalled();
  });

  it('before setup is finished: the monitor is never told to run, and the tray leads to setup', async () => {
    const electron = await startApp();
    const monitor = monitorWindow()!;
    // The monitor window opens after the first word on the camera: it reads it when it loads.
    const latest = await electron.module.ipcMain.handlers.get('events:latest')!(
      { sender: { id: monitor.webContents.id }, senderFrame: { url: monitor.url } },
      'monitor:control',
    );
    expect(latest).toEqual({ run: false, mode: 'normal' });
    expect(trayItem('Recalibrate posture')).toBeUndefined();
    const appWindow = windowAt('poise://app/app.html')!;
    // "Not now" went to another view; the tray's item brings setup back.
    (trayItem('Finish setting up Poise…')?.click as () => void)();
    expect(appWindow.webContents.sent).toContainEqual(['app:show-view', { view: 'onboarding' }]);
    expect(monitorControl().every((c) => !(c as { run: boolean }).run)).toBe(true);

    await finishSetup();
    expect(monitorControl().at(-1)).toEqual({ run: true, mode: 'normal' });
  });

  it('its Recalibrate item opens the guided recalibration; closing that window gives the camera back', async () => {
    const electron = await startApp();
    await finishSetup();
    (trayItem('Recalibrate posture')?.click as () => void)();
    // The first run opened the app window already: it is told which view to show.
    const appWindow = windowAt('poise://app/app.html')!;
    expect(appWindow.webContents.sent).toContainEqual(['app:show-view', { view: 'recalibrate' }]);

    const monitor = monitorWindow()!;
    const control = () => monitor.webContents.sent.filter(([c]) => c === 'monitor:control').at(-1);
    await electron.module.ipcMain.handlers.get('app:command')!(
      { sender: { id: appWindow.webContents.id }, senderFrame: { url: appWindow.url } },
      { type: 'calibration-hold', on: true },
    );
    expect(control()).toEqual(['monitor:control', { run: true, mode: 'calibrating' }]);
    // Closed mid-recalibration, the page cannot say so itself: main gives the camera back.
    appWindow.close();
    expect(control()).toEqual(['monitor:control', { run: true, mode: 'normal' }]);
  });

  it('follows the posture the monitor reports', async () => {
    const electron = await startApp();
    await finishSetup();
    const monitor = monitorWindow()!;
    const report = electron.module.ipcMain.listeners.get('posture:report')!;
    report(
      { sender: { id: monitor.webContents.id }, senderFrame: { url: monitor.url } },
      { timeMs: 1, state: 'slouching', reasons: [], slouchScore: 0.8 },
    );
    const tray = electron.module.Tray.all[0]!;
    expect((tray.image as { path: string }).path).toMatch(/tray-slouching\.png$/);
    expect(tray.tooltip).toMatch(/slouch/i);
  });
});

describe('IPC', () => {
  it('every channel of the contract has exactly one handler', async () => {
    const { ipcMain } = (await startApp()).module;
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...SEND_CHANNELS].sort());
    // Events flow main -> renderer only: main never listens on them.
    for (const channel of EVENT_CHANNELS) {
      expect(ipcMain.handlers.has(channel) || ipcMain.listeners.has(channel)).toBe(false);
    }
  });

  it('answers our own window', async () => {
    const { ipcMain } = (await startApp()).module;
    const monitor = monitorWindow()!;
    const settings = await ipcMain.handlers.get('settings:get')!({
      sender: { id: monitor.webContents.id },
      senderFrame: { url: monitor.url },
    });
    expect(settings).toHaveProperty('launchAtLogin');
  });

  it.each([
    ['an unknown webContents on our origin', 999, 'poise://app/monitor.html'],
    ['our webContents showing another origin', 'monitor', 'https://example.com/'],
    ['a file:// page', 'monitor', 'file:///tmp/evil.html'],
  ] as const)('refuses an invoke from %s', async (_label, id, url) => {
    const { ipcMain } = (await startApp()).module;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const senderId = id === 'monitor' ? monitorWindow()!.webContents.id : id;
    for (const channel of INVOKE_CHANNELS) {
      await expect(
        Promise.resolve().then(() =>
          ipcMain.handlers.get(channel)!({ sender: { id: senderId }, senderFrame: { url } }),
        ),
      ).rejects.toThrow(/refused/);
    }
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('drops a report from an unknown sender: the tray does not change', async () => {
    const electron = await startApp();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tray = electron.module.Tray.all[0]!;
    const before = (tray.image as { path: string }).path;
    electron.module.ipcMain.listeners.get('posture:report')!(
      { sender: { id: 999 }, senderFrame: { url: 'poise://app/monitor.html' } },
      { timeMs: 1, state: 'slouching', reasons: [], slouchScore: 0.8 },
    );
    expect((tray.image as { path: string }).path).toBe(before);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
