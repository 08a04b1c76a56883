import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../../support/repo-paths';
import {
  appWindow,
  monitorWindow,
  quitMain,
  sentOn,
  startMain,
  windowAt,
  windowsOf,
} from './support/start-main';

vi.mock('electron', async () =>
  (await import('../../support/fake-electron/vitest-mock')).electronModule(),
);

/** The composition root starting up, its windows and its life in the tray. */

afterEach(quitMain);

describe('main process start-up', () => {
  it('registers the app scheme as privileged before the app is ready, and nothing opens early', async () => {
    const fake = await startMain({ ready: false });
    expect(fake.protocol.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'poise',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.journal.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      fake.journal.indexOf('app.whenReady'),
    );
    expect(windowsOf(fake)).toHaveLength(0);
    expect(fake.protocol.isProtocolHandled('poise')).toBe(false);

    await fake.becomeReady();
    expect(fake.protocol.isProtocolHandled('poise')).toBe(true);
    expect(monitorWindow(fake)).toBeDefined();
  });

  it('asks for the single-instance lock; a second instance quits without opening anything', async () => {
    const fake = await startMain({ gotSingleInstanceLock: false, ready: false });
    expect(fake.journal).toContain('app.requestSingleInstanceLock');
    expect(fake.app.quitted).toBe(true);
    expect(fake.journal).not.toContain('app.whenReady');
    expect(windowsOf(fake)).toHaveLength(0);
    expect(fake.Tray.made).toHaveLength(0);
  });

  it('the first instance keeps running, and a second launch brings up the dashboard', async () => {
    const fake = await startMain();
    expect(fake.journal).toContain('app.requestSingleInstanceLock');
    expect(fake.app.quitted).toBe(false);
    const window = appWindow(fake);
    fake.app.launchSecondInstance();
    // The existing window is reused and told which view to show, not opened twice.
    expect(windowsOf(fake).filter((w) => w.url.startsWith('poise://app/app.html'))).toHaveLength(1);
    expect(sentOn(window, 'app:show-view')).toContainEqual({ view: 'today' });
    expect(window.isVisible()).toBe(true);
  });

  it('creates the monitor window hidden, locked down, unthrottled, loaded from poise://app', async () => {
    const fake = await startMain();
    const monitor = monitorWindow(fake);
    expect(monitor.url).toBe('poise://app/monitor.html');
    expect(monitor.options.show).toBe(false);
    monitor.finishLoad();
    expect(monitor.isVisible()).toBe(false);
    expect(monitor.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      backgroundThrottling: false,
      preload: join(repoRoot, 'dist/preload/preload.cjs'),
    });
    expect(monitor.webContents.requestWindowOpen('https://example.com')).toEqual({
      action: 'deny',
    });
    expect(monitor.webContents.attemptNavigation('https://example.com/')).toBe(false);
  });

  it('hardens the default session: permissions and every request go through our handlers', async () => {
    const { session } = await startMain();
    expect(session.defaultSession.handlesPermissions).toBe(true);
    expect(session.defaultSession.webRequest.watchedUrls).toEqual(['<all_urls>']);
    expect(session.defaultSession.webRequest.cancels('https://example.com/')).toBe(true);
    expect(session.defaultSession.webRequest.cancels('poise://app/monitor.html')).toBe(false);
  });

  it('hardens a webContents it did not open itself', async () => {
    const fake = await startMain();
    // Any future feature's window: app 'web-contents-created' reaches main's lock-down.
    const stray = new fake.BrowserWindow({ show: false });
    expect(stray.webContents.requestWindowOpen('https://example.com')).toEqual({ action: 'deny' });
    expect(stray.webContents.attemptNavigation('https://example.com/')).toBe(false);
  });

  it('no window it opens has Node integration or lacks isolation', async () => {
    const fake = await startMain();
    await fake.ipcMain.invoke(monitorWindow(fake).webContents, 'app:command', {
      type: 'take-break',
      kind: 'long',
    });
    expect(windowAt(fake, 'poise://app/break.html#long')).toBeDefined();
    expect(windowsOf(fake).length).toBeGreaterThanOrEqual(3);
    for (const window of windowsOf(fake)) {
      expect(window.options.webPreferences?.nodeIntegration, window.url).toBe(false);
      expect(window.options.webPreferences?.contextIsolation, window.url).toBe(true);
      expect(window.options.webPreferences?.sandbox, window.url).toBe(true);
    }
  });

  it('with breaks on every display, covers the other displays and clears them when the break ends', async () => {
    const fake = await startMain();
    const monitor = monitorWindow(fake).webContents;
    await fake.ipcMain.invoke(monitor, 'settings:update', { breaks: { allDisplays: true } });
    await fake.ipcMain.invoke(monitor, 'app:command', { type: 'take-break', kind: 'micro' });
    expect(windowAt(fake, 'poise://app/break.html#micro')).toBeDefined();
    const covers = windowsOf(fake).filter((w) => w.url === 'poise://app/break.html#cover');
    expect(covers).toHaveLength(1);
    const cover = covers[0]!;
    expect(cover.getBounds()).toEqual({ x: 1920, y: 0, width: 2560, height: 1440 });
    cover.finishLoad();
    // Shown without taking focus from the break on the primary display.
    expect(cover.isVisible()).toBe(true);
    expect(cover.isFocused()).toBe(false);

    await fake.ipcMain.invoke(monitor, 'app:command', { type: 'finish-break', completed: false });
    expect(cover.isDestroyed()).toBe(true);
  });

  it('with breaks on the primary display only, opens no covers', async () => {
    const fake = await startMain();
    await fake.ipcMain.invoke(monitorWindow(fake).webContents, 'app:command', {
      type: 'take-break',
      kind: 'micro',
    });
    expect(windowAt(fake, 'poise://app/break.html#micro')).toBeDefined();
    expect(windowsOf(fake).filter((w) => w.url === 'poise://app/break.html#cover')).toHaveLength(0);
  });

  it('on a first run it opens onboarding once its page is ready, and writes the default settings file', async () => {
    const fake = await startMain();
    const onboarding = windowAt(fake, 'poise://app/app.html#onboarding')!;
    expect(onboarding.isVisible()).toBe(false);
    onboarding.finishLoad();
    expect(onboarding.isVisible()).toBe(true);
    const file = join(fake.app.getPath('userData'), 'settings.json');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('launchAtLogin', false);
  });

  it('applies launch-at-login from the settings, and again when the setting changes', async () => {
    // main/index.ts picks the mechanism by process.platform, so the fake runs as this machine.
    const platform = process.platform as 'linux' | 'darwin' | 'win32';
    const fake = await startMain({ platform });
    // Linux has no Electron login items: an XDG autostart entry stands in for them.
    const autostart = join(fake.app.getPath('appData'), 'autostart', 'poise.desktop');
    const isOn = (): boolean =>
      platform === 'linux' ? existsSync(autostart) : fake.app.getLoginItemSettings().openAtLogin;
    expect(isOn()).toBe(false);
    const monitor = monitorWindow(fake).webContents;
    await fake.ipcMain.invoke(monitor, 'settings:update', { launchAtLogin: true });
    expect(isOn()).toBe(true);
    if (platform === 'linux') {
      // In development the entry starts Electron with the app folder.
      expect(readFileSync(autostart, 'utf8')).toContain(repoRoot);
    }
    await fake.ipcMain.invoke(monitor, 'settings:update', { launchAtLogin: false });
    expect(isOn()).toBe(false);
  });

  it('lives in the tray on macOS: the dock icon is hidden', async () => {
    const fake = await startMain({ platform: 'darwin' });
    expect(fake.app.dock?.isVisible()).toBe(false);
  });

  it.each(['linux', 'win32'] as const)('starts on %s, where there is no dock', async (platform) => {
    const fake = await startMain({ platform });
    expect(fake.app.dock).toBeUndefined();
    expect(monitorWindow(fake)).toBeDefined();
  });

  it('closing every window does not quit: Poise stays in the tray', async () => {
    const fake = await startMain();
    for (const window of windowsOf(fake)) window.close();
    expect(windowsOf(fake)).toHaveLength(0);
    expect(fake.app.quitted).toBe(false);
    expect(fake.Tray.made[0]!.isDestroyed()).toBe(false);
  });
});
