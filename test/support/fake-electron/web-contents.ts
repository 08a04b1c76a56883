import { EventEmitter } from 'node:events';
import { electronEvent } from './event';

type Deliver = (channel: string, args: unknown[]) => void;

/**
 * A window's webContents: its id, the page it loads, what main sends it, and the handlers the app
 * installs, with controls to do what a page would (navigate, open a window, finish loading).
 * Like Electron's, it throws once destroyed ("Object has been destroyed").
 */
export class FakeWebContents
  extends EventEmitter
  implements
    Pick<
      Electron.WebContents,
      'id' | 'send' | 'setWindowOpenHandler' | 'getURL' | 'loadURL' | 'isDestroyed'
    >
{
  /** Every message main sent, in order: [channel, ...args]. */
  readonly sent: [string, ...unknown[]][] = [];
  private url = '';
  private destroyed = false;
  private openHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  private pendingLoad: { resolve: () => void } | null = null;
  private readonly renderers = new Set<Deliver>();

  constructor(readonly id: number) {
    super();
  }

  send(channel: string, ...args: unknown[]): void {
    this.assertAlive();
    this.sent.push([channel, ...args]);
    for (const deliver of this.renderers) deliver(channel, args);
  }

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.assertAlive();
    this.openHandler = handler;
  }

  getURL(): string {
    this.assertAlive();
    return this.url;
  }

  /** Resolves when the page has loaded (Electron: with 'did-finish-load'); see finishLoad(). */
  loadURL(url: string): Promise<void> {
    this.assertAlive();
    this.url = url;
    return new Promise((resolve) => (this.pendingLoad = { resolve }));
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  // Controls: what the page (or the renderer process) does.

  get loading(): boolean {
    return this.pendingLoad !== null;
  }

  /** The page finished loading: 'did-finish-load' fires and loadURL's promise resolves. */
  finishLoad(): void {
    this.assertAlive();
    const load = this.pendingLoad;
    if (!load) throw new Error(`webContents ${this.id} is not loading anything`);
    this.pendingLoad = null;
    this.emit('did-finish-load');
    load.resolve();
  }

  /** The page tries to navigate (a link, a form, location.href): true when it was allowed. */
  attemptNavigation(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate') {
    const details = electronEvent({ url, isMainFrame: true });
    this.emit(event, details, url, false, true);
    return !details.defaultPrevented;
  }

  /** The page calls window.open(url): the handler's answer; Electron allows it with no handler. */
  requestWindowOpen(url: string): Electron.WindowOpenHandlerResponse {
    if (!this.openHandler) return { action: 'allow' };
    return this.openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.url, policy: 'strict-origin-when-cross-origin' },
    });
  }

  /** The page adds a <webview>: true when it was allowed to attach. */
  attachWebview(): boolean {
    const event = electronEvent();
    this.emit('will-attach-webview', event, {}, {});
    return !event.defaultPrevented;
  }

  /** A renderer (the preload's ipcRenderer) that hears what main sends to this webContents. */
  connectRenderer(deliver: Deliver): void {
    this.renderers.add(deliver);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
    this.renderers.clear();
  }

  private assertAlive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
}
