import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultAppData, packageFacts } from './app-facts';
import type { FakeContext } from './context';
import { FakeDock } from './dock';
import { electronEvent } from './event';

export interface FakeAppOptions {
  readonly context: FakeContext;
  /** The folder that stands in for the user's home: every path the app writes is under it. */
  readonly home: string;
  readonly appPath: string;
  readonly systemLanguages: readonly string[];
  /** false: another instance already holds the single-instance lock. */
  readonly gotSingleInstanceLock: boolean;
  /** The windows app.quit() closes. */
  readonly openWindows: () => readonly { close(): void; isDestroyed(): boolean }[];
}

type AppPathName = Parameters<Electron.App['getPath']>[0];

/**
 * Electron's `app`: a real EventEmitter (Electron's objects are Node EventEmitters), so `once`
 * fires once and every listener hears an event; its methods are typed by Electron's `App`;
 * the quit sequence as documented (before-quit, windows closed, will-quit, quit, each cancellable
 * where Electron's is). https://www.electronjs.org/docs/latest/api/app#appquit
 */
export class FakeApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'whenReady'
      | 'isReady'
      | 'requestSingleInstanceLock'
      | 'quit'
      | 'getPath'
      | 'getAppPath'
      | 'getName'
      | 'getVersion'
      | 'getPreferredSystemLanguages'
      | 'setLoginItemSettings'
      | 'getLoginItemSettings'
      | 'getAppMetrics'
      | 'isPackaged'
    >
{
  readonly isPackaged = false;
  /**
   * `Dock` on macOS, `undefined` on every other platform (`@platform darwin` in electron.d.ts).
   * https://www.electronjs.org/docs/latest/api/app#appdock-macos-readonly
   */
  readonly dock: Pick<Electron.Dock, 'hide' | 'show' | 'isVisible'> | undefined;
  private readonly facts: { name: string; version: string };
  private readonly ready: Promise<void>;
  private resolveReady: () => void = () => undefined;
  private openAtLogin = false;
  private holdsLock = false;
  private quitting = false;
  private hasQuit = false;

  constructor(private readonly options: FakeAppOptions) {
    super();
    this.dock = options.context.platform === 'darwin' ? new FakeDock() : undefined;
    this.facts = packageFacts(options.appPath);
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  whenReady(): Promise<void> {
    this.options.context.journal.push('app.whenReady');
    return this.ready;
  }

  isReady(): boolean {
    return this.options.context.isReady();
  }

  requestSingleInstanceLock(): boolean {
    this.options.context.journal.push('app.requestSingleInstanceLock');
    this.holdsLock = this.options.gotSingleInstanceLock;
    return this.holdsLock;
  }

  quit(): void {
    this.options.context.journal.push('app.quit');
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    for (const window of this.options.openWindows()) if (!window.isDestroyed()) window.close();
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    this.quitting = false;
    if (willQuit.defaultPrevented) return;
    this.hasQuit = true;
    this.emit('quit', electronEvent(), 0);
  }

  getPath(name: AppPathName): string {
    const appData = defaultAppData(this.options.context.platform, this.options.home);
    const paths: Partial<Record<AppPathName, string>> = {
      home: this.options.home,
      appData,
      userData: join(appData, this.facts.name),
      sessionData: join(appData, this.facts.name),
      temp: join(this.options.home, 'tmp'),
      logs: join(appData, this.facts.name, 'logs'),
    };
    const path = paths[name];
    // Electron throws on failure; the fake also throws for paths it has no stand-in for.
    if (path === undefined) throw new Error(`Failed to get '${name}' path (not faked)`);
    return path;
  }

  getAppPath(): string {
    return this.options.appPath;
  }

  getName(): string {
    return this.facts.name;
  }

  getVersion(): string {
    return this.facts.version;
  }

  getPreferredSystemLanguages(): string[] {
    return [...this.options.systemLanguages];
  }

  /** macOS and Windows only (`@platform darwin,win32`): on Linux Electron keeps no login item. */
  setLoginItemSettings(settings: Electron.Settings): void {
    if (this.options.context.platform === 'linux') return;
    this.openAtLogin = settings.openAtLogin ?? false;
  }

  getLoginItemSettings(): Electron.LoginItemSettings {
    return {
      openAtLogin: this.openAtLogin,
      openAsHidden: false,
      wasOpenedAtLogin: false,
      wasOpenedAsHidden: false,
      restoreState: false,
      status: 'not-registered',
      executableWillLaunchAtLogin: this.openAtLogin,
      launchItems: [],
    };
  }

  /** Only this (browser) process: Poise's signal probes use the pids to leave its own out. */
  getAppMetrics(): Electron.ProcessMetric[] {
    return [
      {
        pid: process.pid,
        type: 'Browser',
        cpu: { percentCPUUsage: 0, idleWakeupsPerSecond: 0 },
        creationTime: 0,
        memory: { workingSetSize: 0, peakWorkingSetSize: 0 },
      },
    ];
  }

  // Controls: what the operating system or the person does to the app.

  /**
   * Electron finished starting: 'ready' is emitted once and whenReady() resolves. The promise
   * returned settles after every whenReady() continuation the app registered has run.
   */
  becomeReady(): Promise<void> {
    if (this.isReady()) throw new Error('the app is ready already: Electron emits ready once');
    // Chromium keeps its profile in userData, so the folder exists once Electron has started.
    mkdirSync(this.getPath('userData'), { recursive: true });
    this.options.context.markReady();
    this.emit('ready', electronEvent(), {});
    this.resolveReady();
    return this.ready.then(() => undefined);
  }

  /** The person starts the app again: only the instance holding the lock hears it. */
  launchSecondInstance(argv: string[] = []): void {
    if (!this.holdsLock) throw new Error('only the instance holding the lock hears a second one');
    this.emit('second-instance', electronEvent(), argv, this.options.home, {});
  }

  /**
   * The last window closed on its own (not by quitting): with no 'window-all-closed' listener
   * Electron quits; with one, the app decides.
   */
  lastWindowClosed(): void {
    if (this.quitting || this.hasQuit) return;
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }

  get quitted(): boolean {
    return this.hasQuit;
  }
}
