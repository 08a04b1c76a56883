/**
 * Composition root: the only file that wires Electron to Poise. Everything it calls is either
 * pure core (shared/core), the shared controller (main/app) or a thin adapter (main/platform).
 */
import {
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
} from 'electron';
import { join } from 'node:path';
import { createAppController } from '../shared/app/app-controller';
import { contractHandlers } from '../shared/app/contract-handlers';
import { systemLocalTime } from '../shared/app/local-time';
import { wordingForSetting } from '../shared/core/i18n/wording';
import { settingsNotice } from '../shared/core/settings-notice';
import { NO_SIGNALS } from '../shared/core/signals/signal-poll';
import type { Clock, Shell } from '../shared/app/ports';
import { trayModel } from '../shared/core/tray/tray-model';
import type { EventPayloads } from '../shared/ipc/contract';
import { makeSenderCheck, registerIpcHandlers } from './ipc/register-handlers';
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES, serveAppProtocol } from './platform/app-protocol';
import { appPaths } from './platform/paths';
import { applyLaunchAtLogin } from './platform/login-item';
import { openSettingsRepo } from './platform/settings-store';
import { openBaselineFile } from './platform/baseline-file';
import { watchPower } from './platform/power-events';
import { nodeSignalSystem } from './platform/signals/node-system';
import { systemProbes } from './platform/signals/system-probes';
import { watchSignals, type SignalWatch } from './platform/signals/watch-signals';
import { createFileHistoryStore } from './history/file-history-store';
import { createTrayRenderer } from './platform/tray';
import { WindowRegistry } from './platform/window-registry';
import { hardenSession, hardenWebContents } from './platform/window-security';
import { openWindow, type WindowName } from './platform/windows';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

function start(): void {
  const paths = appPaths(app.getAppPath(), process.resourcesPath, app.isPackaged);
  const windows = new WindowRegistry();
  const makeWindow = (options: Electron.BrowserWindowConstructorOptions): BrowserWindow =>
    new BrowserWindow(options);
  const open = (name: WindowName, hash = ''): BrowserWindow => {
    const existing = windows.get(name);
    if (existing) return existing;
    const window = openWindow(makeWindow, name, paths.preload, hash);
    windows.set(name, window);
    return window;
  };

  hardenSession(session.defaultSession);
  // Lock down every webContents, including any a future feature creates without openWindow().
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  serveAppProtocol(protocol, { renderer: paths.rendererDir, models: paths.modelsDir });
  // A tray app: no dock icon and no reason to quit when the last window closes.
  app.dock?.hide();
  app.on('window-all-closed', () => undefined);

  const clock: Clock = { now: () => Date.now() };
  const settings = openSettingsRepo(app.getPath('userData'), clock);
  // The tray and notifications speak the person's language: the setting, else the system's.
  const currentWording = () =>
    wordingForSetting(settings.get().language, app.getPreferredSystemLanguages());

  const showApp = (view: string): void => {
    const existing = windows.get('app');
    if (existing) {
      existing.webContents.send('app:show-view', { view });
      existing.show();
      existing.focus();
      return;
    }
    const window = open('app', `#${view}`);
    window.once('ready-to-show', () => window.show());
    // A window closed mid-recalibration cannot say so itself: give the camera back to the monitor.
    window.once('closed', () => controller.command({ type: 'calibration-hold', on: false }));
  };
  let lastBreakRequest: EventPayloads['break:start'] | null = null;
  let breakCovers: BrowserWindow[] = [];
  /** "Show breaks on every display": a quiet cover on each display but the primary one. */
  const coverOtherDisplays = (): BrowserWindow[] => {
    const primary = screen.getPrimaryDisplay();
    return screen
      .getAllDisplays()
      .filter((display) => display.id !== primary.id)
      .map((display) => {
        const cover = openWindow(makeWindow, 'break', paths.preload, '#cover');
        cover.setBounds(display.bounds);
        cover.once('ready-to-show', () => cover.showInactive());
        return cover;
      });
  };
  const shell: Shell = {
    openDashboard: () => showApp('today'),
    openSettings: () => showApp('settings'),
    openBreak: (kind) => {
      const window = open('break', `#${kind}`);
      window.once('ready-to-show', () => window.show());
      // break:start is broadcast before the new page can listen: hand it over once it has loaded.
      window.webContents.once('did-finish-load', () => {
        if (lastBreakRequest) window.webContents.send('break:start', lastBreakRequest);
      });
      if (settings.get().breaks.allDisplays) breakCovers = coverOtherDisplays();
    },
    // The break window closes itself when the break ends (BreakView follows the core's break);
    // the calm covers on the other displays go here.
    closeBreak: () => {
      for (const cover of breakCovers) if (!cover.isDestroyed()) cover.close();
      breakCovers = [];
    },
    openOnboarding: () => showApp('onboarding'),
    openRecalibration: () => showApp('recalibrate'),
    showGlow: (on) => {
      if (!on) {
        windows.get('overlay')?.hide();
        return;
      }
      // Cover the display the person is working on, but never take focus or clicks.
      const overlay = open('overlay');
      overlay.setBounds(screen.getPrimaryDisplay().workArea);
      overlay.showInactive();
    },
    quit: () => app.quit(),
  };

  const icon = (name: string): Electron.NativeImage =>
    nativeImage.createFromPath(join(paths.icons, 'tray', `${name}.png`));
  const tray = new Tray(icon('tray-starting'));
  // Created before the controller, which may publish a status while it starts; the menu's
  // commands reach the controller only later, on a click.
  const trayRenderer = createTrayRenderer({
    tray,
    buildMenu: (template) => Menu.buildFromTemplate(template),
    icon,
    run: (command) => controller.command(command),
  });
  const controller = createAppController({
    clock,
    ticker: {
      every(ms, tick) {
        const id = setInterval(tick, ms);
        return () => clearInterval(id);
      },
    },
    localTime: systemLocalTime,
    languages: { systemLocales: () => app.getPreferredSystemLanguages() },
    notifier: { notify: (title, body) => new Notification({ title, body, silent: true }).show() },
    settings,
    baselines: openBaselineFile(app.getPath('userData'), clock, ({ backupPath }) =>
      // The person is asked to calibrate again anyway; the log says where the old file went.
      console.warn(`Damaged calibrations were kept as ${backupPath}`),
    ),
    history: createFileHistoryStore({ dir: join(app.getPath('userData'), 'history') }),
    broadcast: {
      emit(channel, payload) {
        if (channel === 'break:start') lastBreakRequest = payload as EventPayloads['break:start'];
        windows.broadcast(channel, payload);
        // Render from the payload: the controller may publish while it is still being built.
        if (channel === 'app:status')
          trayRenderer.render(
            trayModel(payload as Parameters<typeof trayModel>[0], currentWording()),
          );
      },
    },
    shell,
  });

  // Fullscreen, do-not-disturb and calls, polled where this system can tell (platform/signals).
  let signals: SignalWatch | null = null;
  registerIpcHandlers(
    ipcMain,
    contractHandlers(
      controller,
      (channel) => windows.latest(channel),
      () => signals?.availability() ?? NO_SIGNALS,
    ),
    makeSenderCheck(APP_ORIGIN, () => windows.webContentsIds()),
    console,
  );

  // Electron's login items cover macOS and Windows; Linux gets an XDG autostart entry.
  const applyLoginItem = (openAtLogin: boolean): void =>
    applyLaunchAtLogin(openAtLogin, {
      platform: process.platform,
      setLoginItemSettings: (loginItem) => app.setLoginItemSettings(loginItem),
      autostartDir: join(app.getPath('appData'), 'autostart'),
      // An AppImage runs from a temporary mount; $APPIMAGE is the file the user keeps.
      command: app.isPackaged
        ? [process.env.APPIMAGE ?? process.execPath]
        : [process.execPath, app.getAppPath()],
    });
  applyLoginItem(settings.get().launchAtLogin);
  settings.onChange((next) => applyLoginItem(next.launchAtLogin));

  open('monitor');
  if (settings.startup.problem) {
    const wording = currentWording();
    new Notification({
      title: wording.t('appName'),
      body: settingsNotice(settings.startup.problem, settings.startup.backupPath, wording),
    }).show();
  }
  if (settings.startup.firstRun || !settings.get().firstRunComplete) showApp('onboarding');

  app.on('second-instance', () => shell.openDashboard());
  const stopPower = watchPower(powerMonitor, (event) => controller.event(event));
  const signalSystem = nodeSignalSystem({
    app,
    screen,
    focusedWindow: () => BrowserWindow.getFocusedWindow(),
  });
  signals = watchSignals(
    systemProbes(signalSystem.system),
    (event) => controller.event(event),
    (ms, fn) => {
      const id = setInterval(fn, ms);
      return () => clearInterval(id);
    },
  );
  // Save the open history minute before quitting: a clean quit loses nothing.
  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    stopPower();
    signals?.stop();
    signalSystem.dispose();
    void controller.dispose().finally(() => {
      disposed = true;
      app.quit();
    });
  });
}
