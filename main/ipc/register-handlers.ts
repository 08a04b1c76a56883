import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import {
  invokeContract,
  sendContract,
  type InvokeChannel,
  type SendChannel,
} from '../../shared/ipc/contract';
import type { InvokeHandlers, SendHandlers } from '../../shared/ipc/handlers';

/** Who may talk to main: only frames of Poise's own windows, loaded from the app's own origin. */
export type SenderCheck = (event: IpcMainEvent | IpcMainInvokeEvent) => boolean;

export interface IpcLog {
  warn(message: string): void;
}

/**
 * Wire the contract to handlers. Every message is checked twice before a handler sees it: the
 * sender must pass `isTrusted`, and the arguments must parse with the channel's schema. A bad
 * message is logged and refused (an invoke rejects in the renderer); main never crashes on one.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'on'>,
  handlers: { invoke: InvokeHandlers; send: SendHandlers },
  isTrusted: SenderCheck,
  log: IpcLog,
): void {
  for (const channel of Object.keys(invokeContract) as InvokeChannel[]) {
    const schema = invokeContract[channel].args;
    const handler = handlers.invoke[channel] as (...args: unknown[]) => unknown;
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrusted(event)) {
        log.warn(`IPC ${channel} refused: unknown sender ${describeSender(event)}`);
        throw new Error(`${channel}: refused, unknown sender`);
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        log.warn(
          `IPC ${channel} refused: malformed arguments (${parsed.error.issues[0]?.message ?? 'invalid'})`,
        );
        throw new Error(`${channel}: refused, malformed arguments`);
      }
      return handler(...(parsed.data as unknown[]));
    });
  }
  for (const channel of Object.keys(sendContract) as SendChannel[]) {
    const schema = sendContract[channel].args;
    const handler = handlers.send[channel] as (...args: unknown[]) => void;
    ipcMain.on(channel, (event, ...args: unknown[]) => {
      if (!isTrusted(event)) {
        log.warn(`IPC ${channel} dropped: unknown sender ${describeSender(event)}`);
        return;
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        log.warn(
          `IPC ${channel} dropped: malformed arguments (${parsed.error.issues[0]?.message ?? 'invalid'})`,
        );
        return;
      }
      try {
        handler(...(parsed.data as unknown[]));
      } catch (error) {
        log.warn(`IPC ${channel} handler failed: ${String(error)}`);
      }
    });
  }
}

function describeSender(event: IpcMainEvent | IpcMainInvokeEvent): string {
  return event.senderFrame?.url ?? '(no frame)';
}

/**
 * Trust only our own origin, and only webContents Poise created. `appOrigin` is scheme + host,
 * e.g. "poise://app" (WHATWG URL reports "null" as the origin of custom schemes, so compare parts).
 */
export function makeSenderCheck(
  appOrigin: string,
  ownWebContentsIds: () => ReadonlySet<number>,
): SenderCheck {
  return (event) => {
    const url = event.senderFrame?.url;
    if (!url || !URL.canParse(url)) return false;
    const parsed = new URL(url);
    return (
      `${parsed.protocol}//${parsed.host}` === appOrigin && ownWebContentsIds().has(event.sender.id)
    );
  };
}
