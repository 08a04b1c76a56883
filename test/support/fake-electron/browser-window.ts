import { EventEmitter } from 'node:events';
import type { FakeApp } from './app';
import type { FakeContext } from './context';
import { electronEvent } from './event';
import { FakeWebContents } from './web-contents';

export interface BrowserWindowDeps {
  readonly context: FakeContext;
  readonly app: FakeApp;
  readonly nextWebContentsId: () => number;
}

type Rectangle = Electron.Rectangle;

/**
 * Electron's BrowserWindow for one fake: windows, their webContents and focus. It follows
 * Electron where Poise depends on it: no window before 'ready'; 'ready-to-show' once, after the
 * first page load; close() fires a cancellable 'close', then 'closed', and destroys the window;
 * a destroyed window throws; app 'web-contents-created' fires for every new webContents.
 * https://www.electronjs.org/docs/latest/api/browser-window
 */
export function browserWindowClass(deps: BrowserWindowDeps) {
  const all: FakeBrowserWindow[] = [];
  // Which window has the keyboard focus: one per desktop, so one for all windows of this fake.
  const desktop: { focused: FakeBrowserWindow | null } = { focused: null };
  let nextId = 1;

  class FakeBrowserWindow
    extends EventEmitter
    implements
      Pick<
        Electron.BrowserWindow,
        | 'id'
        | 'loadURL'
        | 'show'
        | 'showInactive'
        | 'hide'
        | 'focus'
        | 'close'
        | 'destroy'
        | 'isVisible'
        | 'isFocused'
        | 'isDestroyed'
        | 'setBounds'
        | 'getBounds'
        | 'setIgnoreMouseEvents'
      >
  {
    static getAllWindows(): FakeBrowserWindow[] {
      return all.filter((window) => !window.isDestroyed());
    }

    static getFocusedWindow(): FakeBrowserWindow | null {
      return desktop.focused;
    }

    static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
      return all.find((window) => window.webContents === contents) ?? null;
    }

    readonly id = nextId++;
    readonly webContents: FakeWebContents;
    private visible: boolean;
    private destroyed = false;
    private bounds: Rectangle;
    private ignoresMouse = false;
    private shownOnce = false;

    constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
      super();
      deps.context.requireReady('BrowserWindow');
      this.visible = options.show ?? true;
      this.bounds = {
        x: options.x ?? 0,
        y: options.y ?? 0,
        width: options.width ?? 800,
        height: options.height ?? 600,
      };
      this.webContents = new FakeWebContents(deps.nextWebContentsId());
      all.push(this);
      deps.app.emit('web-contents-created', electronEvent(), this.webContents);
      deps.app.emit('browser-window-created', electronEvent(), this);
      if (this.visible) this.takeFocus();
    }

    loadURL(url: string): Promise<void> {
      this.assertAlive();
      const loaded = this.webContents.loadURL(url);
      this.webContents.once('did-finish-load', () => {
        if (this.shownOnce) return;
        this.shownOnce = true;
        this.emit('ready-to-show');
      });
      return loaded;
    }

    show(): void {
      this.assertAlive();
      this.visible = true;
      this.takeFocus();
    }

    showInactive(): void {
      this.assertAlive();
      this.visible = true;
    }

    hide(): void {
      this.assertAlive();
      this.visible = false;
      if (desktop.focused === this) desktop.focused = null;
    }

    focus(): void {
      this.assertAlive();
      this.takeFocus();
    }

    /** Fires 'close' (which a listener may cancel), then destroys the window. */
    close(): void {
      if (this.destroyed) return;
      const event = electronEvent();
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    }

    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      if (desktop.focused === this) desktop.focused = null;
      this.webContents.destroy();
      this.emit('closed');
      if (FakeBrowserWindow.getAllWindows().length === 0) deps.app.lastWindowClosed();
    }

    isVisible(): boolean {
      this.assertAlive();
      return this.visible;
    }

    isFocused(): boolean {
      this.assertAlive();
      return desktop.focused === this;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    setBounds(bounds: Partial<Rectangle>): void {
      this.assertAlive();
      this.bounds = { ...this.bounds, ...bounds };
    }

    getBounds(): Rectangle {
      this.assertAlive();
      return { ...this.bounds };
    }

    setIgnoreMouseEvents(ignore: boolean): void {
      this.assertAlive();
      this.ignoresMouse = ignore;
    }

    // Controls and read-outs for tests.

    /** Mouse events pass through to what is below (setIgnoreMouseEvents(true)). */
    get clickThrough(): boolean {
      return this.ignoresMouse;
    }

    /** The URL its page was loaded from. */
    get url(): string {
      return this.destroyed ? '' : this.webContents.getURL();
    }

    /** The page finished loading (see FakeWebContents.finishLoad). */
    finishLoad(): void {
      this.webContents.finishLoad();
    }

    private takeFocus(): void {
      if (this.options.focusable === false) return;
      desktop.focused = this;
    }

    private assertAlive(): void {
      if (this.destroyed) throw new TypeError('Object has been destroyed');
    }
  }

  return FakeBrowserWindow;
}

export type FakeBrowserWindowClass = ReturnType<typeof browserWindowClass>;
export type FakeBrowserWindow = InstanceType<FakeBrowserWindowClass>;
