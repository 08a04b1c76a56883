import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PoiseApi } from '../../../shared/ipc/contract';
import { createFakeElectron, type FakeElectron } from '../../support/fake-electron';
import type { FakeBrowserWindow } from '../../support/fake-electron/browser-window';
import { installFakeElectron } from '../../support/fake-electron/vitest-mock';

vi.mock('electron', async () =>
  (await import('../../support/fake-electron/vitest-mock')).electronModule(),
);

/**
 * The preload in a page of the shared fake: its ipcRenderer speaks to the fake ipcMain as the
 * monitor window's webContents. What matters is the bridge's own logic, above all handing a late
 * listener the state main sent before it listened (the monitor window opens after the
 * controller's first "run the camera").
 */
let electron: FakeElectron;
let monitor: FakeBrowserWindow;
/** What main answers to events:latest, per channel. */
let latest: Map<string, unknown>;

beforeEach(async () => {
  electron = installFakeElectron(createFakeElectron());
  await electron.becomeReady();
  monitor = new electron.BrowserWindow({ show: false });
  void monitor.loadURL('poise://app/monitor.html');
  latest = new Map();
  electron.ipcMain.handle(
    'events:latest',
    (_event, channel: string) => latest.get(channel) ?? null,
  );
});

async function loadApi(): Promise<PoiseApi> {
  const { contextBridge } = electron.attachPreload(monitor.webContents);
  vi.resetModules();
  await import('../../../preload/preload');
  return contextBridge.exposed.poise as PoiseApi;
}

const mainSends = (channel: string, payload: unknown) => monitor.webContents.send(channel, payload);
const answered = () => electron.module.ipcRenderer.idle();

describe('preload bridge', () => {
  it('exposes only window.poise', async () => {
    await loadApi();
    expect(Object.keys(electron.module.contextBridge.exposed)).toEqual(['poise']);
  });

  it('hands a late listener the latest state main already sent', async () => {
    latest.set('monitor:control', { run: true, mode: 'normal' });
    const api = await loadApi();
    const heard: unknown[] = [];
    api.on('monitor:control', (payload) => heard.push(payload));
    await answered();
    expect(heard).toEqual([{ run: true, mode: 'normal' }]);
    mainSends('monitor:control', { run: false, mode: 'normal' });
    expect(heard).toEqual([
      { run: true, mode: 'normal' },
      { run: false, mode: 'normal' },
    ]);
  });

  it('never lets the older replayed state overwrite a newer live event', async () => {
    latest.set('monitor:control', { run: true, mode: 'normal' });
    const api = await loadApi();
    const heard: unknown[] = [];
    api.on('monitor:control', (payload) => heard.push(payload));
    mainSends('monitor:control', { run: false, mode: 'normal' });
    await answered();
    expect(heard).toEqual([{ run: false, mode: 'normal' }]);
  });

  it('asks only for replayed channels, and not for a listener already removed', async () => {
    latest.set('app:status', { statusLine: 'Sitting well' });
    const api = await loadApi();
    const heard: unknown[] = [];
    api.on('history:changed', (payload) => heard.push(payload));
    const off = api.on('app:status', (payload) => heard.push(payload));
    off();
    await answered();
    expect(electron.module.ipcRenderer.invoked).toEqual([['events:latest', 'app:status']]);
    expect(heard).toEqual([]);
  });

  it('never hands the page the IPC event or its sender', async () => {
    const api = await loadApi();
    const heard: unknown[][] = [];
    api.on('history:changed', (...args: unknown[]) => heard.push(args));
    mainSends('history:changed', {});
    expect(heard).toEqual([[{}]]);
  });

  it('refuses channels outside the contract, and reaches main only on contract channels', async () => {
    const api = await loadApi();
    const unsafe = api as unknown as Record<
      string,
      (channel: string, ...args: unknown[]) => unknown
    >;
    await expect(unsafe.invoke!('shell:open', 'file:///etc/passwd')).rejects.toThrow(
      /Unknown channel/,
    );
    expect(() => unsafe.send!('shell:open')).toThrow(/Unknown channel/);
    expect(() => unsafe.on!('shell:open', () => undefined)).toThrow(/Unknown channel/);
    expect(electron.module.ipcRenderer.invoked).toEqual([]);
  });
});
