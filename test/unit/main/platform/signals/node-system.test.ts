import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeSignalSystem } from '../../../../../main/platform/signals/node-system';
import { createFakeElectron, type FakeElectron } from '../../../../support/fake-electron';

vi.mock('electron', async () =>
  (await import('../../../../support/fake-electron/vitest-mock')).forbiddenElectron(
    'the signal system',
  ),
);

/** What the signal probes learn from Electron: Poise's own processes, displays and focus. */
let electron: FakeElectron;
beforeAll(() => {
  electron = createFakeElectron({
    displays: [
      { bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
      { bounds: { x: -1280, y: 0, width: 1280, height: 1024 } },
    ],
  });
  return electron.becomeReady();
});

function signalSystem() {
  return nodeSignalSystem({
    app: electron.app,
    screen: electron.screen,
    // The fake window is not Electron's class; only "is one of ours focused" is read.
    focusedWindow: () => electron.BrowserWindow.getFocusedWindow() as unknown as null,
  });
}

describe('nodeSignalSystem', () => {
  it("counts Electron's own processes as Poise's, so Poise's camera use is never a call", () => {
    const { system, dispose } = signalSystem();
    expect(system.ownPids()).toEqual(new Set([process.pid]));
    dispose();
  });

  it('sees every display, the one left of the primary included', () => {
    const { system, dispose } = signalSystem();
    expect(system.displays()).toEqual([
      { x: 0, y: 0, width: 1920, height: 1080 },
      { x: -1280, y: 0, width: 1280, height: 1024 },
    ]);
    dispose();
  });

  it("knows when one of Poise's own windows has the focus", () => {
    const { system, dispose } = signalSystem();
    expect(system.ownWindowFocused()).toBe(false);
    const window = new electron.BrowserWindow({ show: false });
    window.show();
    expect(system.ownWindowFocused()).toBe(true);
    window.hide();
    expect(system.ownWindowFocused()).toBe(false);
    window.close();
    dispose();
  });
});
