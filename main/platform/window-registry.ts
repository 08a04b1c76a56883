import type { BrowserWindow } from 'electron';
import { REPLAYED_EVENT_CHANNELS, type ReplayedEventChannel } from '../../shared/ipc/channels';
import type { EventChannel, EventPayloads } from '../../shared/ipc/contract';
import type { WindowName } from './windows';

/** Poise's open windows by name: the set IPC trusts, and the audience for broadcasts. */
export class WindowRegistry {
  private readonly windows = new Map<WindowName, BrowserWindow>();
  /** What was last broadcast on each replayed channel, for windows that start listening later. */
  private readonly latestSent = new Map<EventChannel, unknown>();
  private readonly replayed = new Set<EventChannel>(REPLAYED_EVENT_CHANNELS);

  set(name: WindowName, window: BrowserWindow): void {
    this.windows.set(name, window);
    window.on('closed', () => {
      if (this.windows.get(name) === window) this.windows.delete(name);
    });
  }

  get(name: WindowName): BrowserWindow | undefined {
    const window = this.windows.get(name);
    return window && !window.isDestroyed() ? window : undefined;
  }

  webContentsIds(): ReadonlySet<number> {
    return new Set(
      [...this.windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents.id),
    );
  }

  broadcast<C extends EventChannel>(channel: C, payload: EventPayloads[C]): void {
    if (this.replayed.has(channel)) this.latestSent.set(channel, payload);
    for (const window of this.windows.values()) {
      if (!window.isDestroyed()) window.webContents.send(channel, payload);
    }
  }

  latest<C extends ReplayedEventChannel>(channel: C): EventPayloads[C] | null {
    return (this.latestSent.get(channel) as EventPayloads[C] | undefined) ?? null;
  }
}
