import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, SEND_CHANNELS } from '../../../shared/ipc/channels';
import { FakeWebContents } from '../../support/fake-electron/web-contents';
import { monitorWindow, quitMain, startMain } from './support/start-main';

vi.mock('electron', async () =>
  (await import('../../support/fake-electron/vitest-mock')).electronModule(),
);

/** The IPC contract as main wires it: every channel handled once, and only for Poise's windows. */

afterEach(quitMain);

/** A webContents Poise never created (another app's page, a devtools extension...). */
function stranger(url: string): FakeWebContents {
  const contents = new FakeWebContents(999);
  void contents.loadURL(url);
  return contents;
}

describe('IPC', () => {
  it('every channel of the contract has exactly one handler or listener', async () => {
    const { ipcMain } = await startMain();
    expect(ipcMain.handledChannels().sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(ipcMain.eventNames().sort()).toEqual([...SEND_CHANNELS].sort());
    for (const channel of SEND_CHANNELS) expect(ipcMain.listenerCount(channel), channel).toBe(1);
    // Events flow main -> renderer only: main never listens on them.
    for (const channel of EVENT_CHANNELS) {
      expect(ipcMain.handledChannels()).not.toContain(channel);
      expect(ipcMain.listenerCount(channel)).toBe(0);
    }
  });

  it('answers our own window', async () => {
    const fake = await startMain();
    const settings = await fake.ipcMain.invoke(monitorWindow(fake).webContents, 'settings:get');
    expect(settings).toHaveProperty('launchAtLogin');
  });

  it.each([
    ['an unknown webContents on our origin', 'stranger', 'poise://app/monitor.html'],
    ['our webContents showing another origin', 'monitor', 'https://example.com/'],
    ['a file:// page', 'monitor', 'file:///tmp/evil.html'],
    ['a frame that is gone', 'monitor', null],
  ] as const)('refuses an invoke from %s', async (_label, who, frameUrl) => {
    const fake = await startMain();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sender =
      who === 'monitor' ? monitorWindow(fake).webContents : stranger(frameUrl ?? 'about:blank');
    for (const channel of INVOKE_CHANNELS) {
      await expect(fake.ipcMain.invoke({ sender, frameUrl }, channel), channel).rejects.toThrow(
        /refused/,
      );
    }
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('drops a report from an unknown sender: the tray does not change', async () => {
    const fake = await startMain();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tray = fake.Tray.made[0]!;
    const before = tray.image;
    fake.ipcMain.send(stranger('poise://app/monitor.html'), 'posture:report', {
      timeMs: 1,
      state: 'slouching',
      reasons: [],
      slouchScore: 0.8,
    });
    expect(tray.image).toBe(before);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
