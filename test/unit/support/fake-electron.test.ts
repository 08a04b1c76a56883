import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../../support/fake-electron';

/**
 * The shared fake `electron` behaves as Electron does where Poise depends on it; each fact here
 * is cited in the fake's source. A fake that drifted would let the main-process tests pass with
 * code that fails in the real app.
 */

describe('events, as Node EventEmitters deliver them', () => {
  it('once fires once, and every listener of an event hears it', async () => {
    const electron = createFakeElectron();
    const first = vi.fn();
    const second = vi.fn();
    electron.app.once('ready', first);
    electron.app.on('ready', second);
    await electron.becomeReady();
    electron.app.emit('ready');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('ipcMain keeps every listener of a channel, but one invoke handler, as Electron does', async () => {
    const { ipcMain, BrowserWindow, becomeReady } = createFakeElectron();
    await becomeReady();
    const page = new BrowserWindow({ show: false }).webContents;
    const heard: string[] = [];
    ipcMain.on('ping', () => heard.push('a'));
    ipcMain.on('ping', () => heard.push('b'));
    ipcMain.send(page, 'ping');
    expect(heard).toEqual(['a', 'b']);

    ipcMain.handle('ask', () => 1);
    expect(() => ipcMain.handle('ask', () => 2)).toThrow(
      "Attempted to register a second handler for 'ask'",
    );
    await expect(ipcMain.invoke(page, 'ask')).resolves.toBe(1);
    await expect(ipcMain.invoke(page, 'nobody')).rejects.toThrow(
      "No handler registered for 'nobody'",
    );
  });

  it('IPC messages are structured-cloned: a function cannot cross', async () => {
    const { ipcMain, BrowserWindow, becomeReady } = createFakeElectron();
    await becomeReady();
    const page = new BrowserWindow({ show: false }).webContents;
    ipcMain.handle('ask', (_event, value: unknown) => value);
    await expect(ipcMain.invoke(page, 'ask', () => 1)).rejects.toThrow(/could not be cloned/);
  });
});

describe('platform differences', () => {
  it('app.dock exists on macOS only', () => {
    expect(createFakeElectron({ platform: 'darwin' }).app.dock).toBeDefined();
    expect(createFakeElectron({ platform: 'win32' }).app.dock).toBeUndefined();
    expect(createFakeElectron({ platform: 'linux' }).app.dock).toBeUndefined();
  });

  it.each(['darwin', 'win32'] as const)('%s emits lock-screen and unlock-screen', (platform) => {
    const { powerMonitor } = createFakeElectron({ platform });
    const heard: string[] = [];
    powerMonitor.on('lock-screen', () => heard.push('lock'));
    powerMonitor.on('unlock-screen', () => heard.push('unlock'));
    powerMonitor.lockScreen();
    expect(powerMonitor.getSystemIdleState(60)).toBe('locked');
    powerMonitor.unlockScreen();
    expect(heard).toEqual(['lock', 'unlock']);
  });

  it('Linux has no lock events: only the idle state says locked, and a test cannot pretend', () => {
    const { powerMonitor } = createFakeElectron({ platform: 'linux' });
    const heard = vi.fn();
    powerMonitor.on('lock-screen', heard);
    powerMonitor.lockScreen();
    expect(heard).not.toHaveBeenCalled();
    expect(powerMonitor.getSystemIdleState(60)).toBe('locked');
    expect(() => powerMonitor.emit('lock-screen')).toThrow(/never emits 'lock-screen' on Linux/);
  });

  it.each([
    ['linux', ['.config', 'Poise']],
    ['darwin', ['Library', 'Application Support', 'Poise']],
    ['win32', ['AppData', 'Roaming', 'Poise']],
  ] as const)("%s: userData is the OS's app data folder plus the app's name", (platform, path) => {
    const { app } = createFakeElectron({ platform, home: '/home/ana' });
    expect(app.getPath('userData')).toBe(join('/home/ana', ...path));
  });

  it('login items exist on macOS and Windows; on Linux Electron keeps none', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { app } = createFakeElectron({ platform });
      app.setLoginItemSettings({ openAtLogin: true });
      expect(app.getLoginItemSettings().openAtLogin, platform).toBe(platform !== 'linux');
    }
  });
});

describe('the app lifecycle', () => {
  it('windows, the screen and the session exist only once the app is ready', async () => {
    const electron = createFakeElectron();
    expect(() => new electron.BrowserWindow()).toThrow(/before the app is ready/);
    expect(() => electron.screen.getAllDisplays()).toThrow(/before the app is ready/);
    expect(() => electron.session.defaultSession).toThrow(/before the app is ready/);
    await electron.becomeReady();
    expect(() => new electron.BrowserWindow()).not.toThrow();
    expect(electron.screen.getPrimaryDisplay().bounds).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1080,
    });
  });

  it('privileged schemes are registered before ready, once', async () => {
    const electron = createFakeElectron();
    const scheme = { scheme: 'poise', privileges: { standard: true } };
    electron.protocol.registerSchemesAsPrivileged([scheme]);
    expect(() => electron.protocol.registerSchemesAsPrivileged([scheme])).toThrow(/only once/);
    const late = createFakeElectron();
    await late.becomeReady();
    expect(() => late.protocol.registerSchemesAsPrivileged([scheme])).toThrow(/before the app/);
  });

  it('quit: before-quit can hold it back; otherwise windows close, then will-quit and quit', async () => {
    const electron = createFakeElectron();
    await electron.becomeReady();
    const window = new electron.BrowserWindow({ show: false });
    const order: string[] = [];
    let hold = true;
    electron.app.on('before-quit', (event: Electron.Event) => {
      order.push('before-quit');
      if (hold) event.preventDefault();
    });
    window.on('closed', () => order.push('closed'));
    electron.app.on('will-quit', () => order.push('will-quit'));
    electron.app.on('quit', () => order.push('quit'));

    electron.app.quit();
    expect(electron.app.quitted).toBe(false);
    expect(window.isDestroyed()).toBe(false);
    hold = false;
    electron.app.quit();
    expect(order).toEqual(['before-quit', 'before-quit', 'closed', 'will-quit', 'quit']);
    expect(electron.app.quitted).toBe(true);
  });

  it('closing the last window quits unless the app listens for window-all-closed', async () => {
    const quitting = createFakeElectron();
    await quitting.becomeReady();
    new quitting.BrowserWindow().close();
    expect(quitting.app.quitted).toBe(true);

    const trayApp = createFakeElectron();
    await trayApp.becomeReady();
    trayApp.app.on('window-all-closed', () => undefined);
    new trayApp.BrowserWindow().close();
    expect(trayApp.app.quitted).toBe(false);
  });

  it('a closed window is destroyed, and using it throws as Electron does', async () => {
    const electron = createFakeElectron();
    await electron.becomeReady();
    const window = new electron.BrowserWindow();
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(() => window.show()).toThrow('Object has been destroyed');
    expect(() => window.webContents.send('app:status', {})).toThrow('Object has been destroyed');
  });

  it("ready-to-show fires once, after the first page load, and loadURL's promise resolves", async () => {
    const electron = createFakeElectron();
    await electron.becomeReady();
    const window = new electron.BrowserWindow({ show: false });
    const readyToShow = vi.fn();
    window.on('ready-to-show', readyToShow);
    const loaded = window.loadURL('poise://app/app.html');
    expect(window.webContents.loading).toBe(true);
    window.finishLoad();
    await loaded;
    void window.loadURL('poise://app/app.html#today');
    window.finishLoad();
    expect(readyToShow).toHaveBeenCalledTimes(1);
  });
});

describe('menus', () => {
  it('a disabled item cannot be clicked; a missing one says what there is', () => {
    const { Menu } = createFakeElectron();
    const run = vi.fn();
    const menu = Menu.buildFromTemplate([
      { label: 'Sitting well', enabled: false, click: run },
      { type: 'separator' },
      { label: 'Pause', submenu: [{ label: 'For 1 hour', click: run }] },
    ]);
    expect(() => menu.click('Sitting well')).toThrow(/disabled/);
    expect(() => menu.click('Quit')).toThrow(/Sitting well, Pause/);
    menu.click('Pause', 'For 1 hour');
    expect(run).toHaveBeenCalledTimes(1);
    expect(() => Menu.buildFromTemplate([{}])).toThrow(/Invalid template for MenuItem/);
  });
});
