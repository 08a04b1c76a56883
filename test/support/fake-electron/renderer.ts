import { EventEmitter } from 'node:events';
import type { FakeIpcMain } from './ipc-main';
import type { FakeWebContents } from './web-contents';

/**
 * The renderer side of one page, as its preload sees it: ipcRenderer talks to the fake ipcMain
 * as that page's webContents, and hears what main sends to it (cloned, as over real IPC).
 */
export class FakeIpcRenderer
  extends EventEmitter
  implements Pick<Electron.IpcRenderer, 'invoke' | 'send'>
{
  /** Every invoke the page made, in order: [channel, ...args]. */
  readonly invoked: [string, ...unknown[]][] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly ipcMain: FakeIpcMain,
    private readonly page: FakeWebContents,
  ) {
    super();
    page.connectRenderer((channel, args) =>
      this.emit(channel, { sender: this, senderId: 0 }, ...structuredClone(args)),
    );
  }

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    const answer = this.ipcMain.invoke(this.page, channel, ...args);
    const settled = answer.catch(() => undefined).finally(() => this.inFlight.delete(settled));
    this.inFlight.add(settled);
    return answer;
  }

  /**
   * Resolves once every invoke made so far has been answered and the page's own continuations of
   * those answers have run (they were attached first): the state to assert on, with no sleeps.
   */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  send(channel: string, ...args: unknown[]): void {
    this.ipcMain.send(this.page, channel, ...args);
  }
}

/** contextBridge: what the preload exposes lands on the page's `window` (`exposed`). */
export class FakeContextBridge implements Pick<Electron.ContextBridge, 'exposeInMainWorld'> {
  readonly exposed: Record<string, unknown> = {};

  exposeInMainWorld(apiKey: string, api: unknown): void {
    // Electron refuses to bind over a property the window already has.
    if (apiKey in this.exposed)
      throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    this.exposed[apiKey] = api;
  }
}
