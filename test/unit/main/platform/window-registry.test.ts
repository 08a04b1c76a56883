import type { BrowserWindow } from 'electron';
import { beforeAll, describe, expect, it } from 'vitest';
import { WindowRegistry } from '../../../../main/platform/window-registry';
import { initialAppStatus } from '../../../../shared/core/app-status';
import { createFakeElectron, type FakeElectron } from '../../../support/fake-electron';

let electron: FakeElectron;
beforeAll(() => {
  electron = createFakeElectron();
  return electron.becomeReady();
});

/** A window of the shared fake; the registry takes Electron's type, which no fake can be. */
function openWindow() {
  const window = new electron.BrowserWindow({ show: false });
  return { window, electronWindow: window as unknown as BrowserWindow };
}

describe('WindowRegistry', () => {
  it('keeps the latest payload of replayed channels for windows that start listening later', () => {
    const windows = new WindowRegistry();
    expect(windows.latest('monitor:control')).toBeNull();
    // Sent before any window exists: nobody receives it, but it is kept.
    windows.broadcast('monitor:control', { run: true, mode: 'normal' });
    windows.broadcast('history:changed', {});
    const monitor = openWindow();
    windows.set('monitor', monitor.electronWindow);
    expect(monitor.window.webContents.sent).toEqual([]);
    expect(windows.latest('monitor:control')).toEqual({ run: true, mode: 'normal' });

    windows.broadcast('monitor:control', { run: false, mode: 'normal' });
    expect(monitor.window.webContents.sent).toEqual([
      ['monitor:control', { run: false, mode: 'normal' }],
    ]);
    expect(windows.latest('monitor:control')).toEqual({ run: false, mode: 'normal' });
    expect(windows.latest('app:notice')).toBeNull();
  });

  it('forgets a window once it is closed: no longer trusted, no longer sent to', () => {
    const windows = new WindowRegistry();
    const app = openWindow();
    windows.set('app', app.electronWindow);
    expect(windows.get('app')).toBe(app.electronWindow);
    expect(windows.webContentsIds()).toEqual(new Set([app.window.webContents.id]));

    app.window.close();
    expect(windows.get('app')).toBeUndefined();
    expect(windows.webContentsIds()).toEqual(new Set());
    // A destroyed webContents throws on send, as Electron's does: the broadcast must skip it.
    expect(() => windows.broadcast('app:status', initialAppStatus)).not.toThrow();
  });
});
