import { EventEmitter } from 'node:events';
import { electronEvent } from './event';
import type { FakeWebContents } from './web-contents';

type InvokeHandler = Parameters<Electron.IpcMain['handle']>[1];

/** Who sends a message: a webContents, and the URL of its frame (null once the frame is gone). */
export interface IpcOrigin {
  readonly sender: FakeWebContents;
  readonly frameUrl?: string | null;
}

const originOf = (from: FakeWebContents | IpcOrigin): IpcOrigin =>
  'sender' in from ? from : { sender: from };

/**
 * The event Electron passes to ipcMain listeners and handlers. Only the fields Poise reads are
 * real; the cast stands in for Electron's WebContents and WebFrameMain, which no fake can be.
 */
function ipcEvent(from: IpcOrigin): Electron.IpcMainInvokeEvent & Electron.IpcMainEvent {
  const url = from.frameUrl === undefined ? from.sender.getURL() : from.frameUrl;
  return electronEvent({
    type: 'frame' as const,
    sender: from.sender,
    senderFrame: url === null ? null : { url },
    frameId: 1,
    processId: from.sender.id,
    returnValue: undefined,
    ports: [],
    reply: (channel: string, ...args: unknown[]) => from.sender.send(channel, ...args),
  }) as unknown as Electron.IpcMainInvokeEvent & Electron.IpcMainEvent;
}

/**
 * Electron's ipcMain. Listeners are a real EventEmitter's (many per channel, `once` fires once);
 * `handle` takes one handler per channel and throws on a second, as Electron's ipc-main-impl does:
 * https://github.com/electron/electron/blob/main/lib/browser/ipc-main-impl.ts
 * Messages are structured-cloned like Electron's, so a function or class instance cannot cross.
 */
export class FakeIpcMain
  extends EventEmitter
  implements Pick<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>
{
  private readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  // Controls: what a renderer does (ipcRenderer.invoke / ipcRenderer.send from a window).

  /** The channels that have a handler. */
  handledChannels(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * ipcRenderer.invoke from `from`: resolves with the handler's (cloned) result; rejects the way
   * the renderer sees it, "Error invoking remote method '<channel>': <error>".
   */
  async invoke(from: FakeWebContents | IpcOrigin, channel: string, ...args: unknown[]) {
    const handler = this.handlers.get(channel);
    const fail = (error: unknown) =>
      new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    if (!handler) throw fail(new Error(`No handler registered for '${channel}'`));
    const cloned = structuredClone(args);
    try {
      return structuredClone(await handler(ipcEvent(originOf(from)), ...cloned)) as unknown;
    } catch (error) {
      throw fail(error);
    }
  }

  /** ipcRenderer.send from `from`: every listener of the channel hears it. */
  send(from: FakeWebContents | IpcOrigin, channel: string, ...args: unknown[]): void {
    this.emit(channel, ipcEvent(originOf(from)), ...structuredClone(args));
  }
}
