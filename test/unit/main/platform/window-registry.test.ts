import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { WindowRegistry } from '../../../../main/platform/window-registry';

/** Just enough of a BrowserWindow: an id, a send log, and 'closed'. */
function fakeWindow(id: number) {
  const window = Object.assign(new EventEmitter(), {
    sent: [] as [string, unknown][],
    isDestroyed: () => false,
  });
  const webContents = {
    id,
    send: (channel: string, payload: unknown) => window.sent.push([channel, payload]),
  };
  return Object.assign(window, { webContents }) as unknown as BrowserWindow & {
    sent: [string, unknown][];
  };
}

describe('WindowRegistry', () => {
  it('keeps the latest payload of replayed channels for windows that start listening later', () => {
    const windows = new WindowRegistry();
    expect(windows.latest('monitor:control')).toBeNull();
    // Sent before any window exists: nobody receives it, but it is kept.
    windows.broadcast('monitor:control', { run: true, mode: 'normal' });
    windows.broadcast('history:changed', {});
    const monitor = fakeWindow(1);
    windows.set('monitor', monitor);
    expect(monitor.sent).toEqual([]);
    expect(windows.latest('monitor:control')).toEqual({ run: true, mode: 'normal' });

    windows.broadcast('monitor:control', { run: false, mode: 'normal' });
    expect(monitor.sent).toEqual([['monitor:control', { run: false, mode: 'normal' }]]);
    expect(windows.latest('monitor:control')).toEqual({ run: false, mode: 'normal' });
    expect(windows.latest('app:notice')).toBeNull();
  });
});
