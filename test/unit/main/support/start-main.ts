import { once } from 'node:events';
import { vi } from 'vitest';
import {
  createFakeElectron,
  type FakeElectron,
  type FakeElectronOptions,
} from '../../../support/fake-electron';
import type { FakeBrowserWindow } from '../../../support/fake-electron/browser-window';
import { installFakeElectron } from '../../../support/fake-electron/vitest-mock';

/**
 * The composition root (main/index.ts), started against the shared fake `electron` (no Electron
 * binary exists on these machines) and real files in a temp home. The test file mocks `electron`
 * with the fake.
 */

/** A laptop with a second, larger display to its right. */
export const TWO_DISPLAYS = [
  { bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
  { bounds: { x: 1920, y: 0, width: 2560, height: 1440 } },
] as const;

let running: FakeElectron | null = null;

export async function startMain(
  options: FakeElectronOptions & { ready?: boolean } = {},
): Promise<FakeElectron> {
  const fake = installFakeElectron(createFakeElectron({ displays: TWO_DISPLAYS, ...options }));
  running = fake;
  vi.resetModules();
  await import('../../../../main/index');
  if (options.ready ?? true) await fake.becomeReady();
  return fake;
}

/** Quit as the person would, and wait until Electron's 'quit': the app has flushed and stopped. */
export async function quitMain(): Promise<void> {
  const fake = running;
  running = null;
  if (!fake || fake.app.quitted) return;
  const quit = once(fake.app, 'quit');
  fake.app.quit();
  await quit;
}

export const windowsOf = (fake: FakeElectron): FakeBrowserWindow[] =>
  fake.BrowserWindow.getAllWindows();

/** The open window whose page URL starts with `url`. */
export const windowAt = (fake: FakeElectron, url: string): FakeBrowserWindow | undefined =>
  windowsOf(fake).find((window) => window.url.startsWith(url));

export function monitorWindow(fake: FakeElectron): FakeBrowserWindow {
  const monitor = windowAt(fake, 'poise://app/monitor.html');
  if (!monitor) throw new Error('the monitor window is not open');
  return monitor;
}

export function appWindow(fake: FakeElectron): FakeBrowserWindow {
  const window = windowAt(fake, 'poise://app/app.html');
  if (!window) throw new Error('the app window is not open');
  return window;
}

/** What main told a window on one channel, in order. */
export const sentOn = (window: FakeBrowserWindow, channel: string): unknown[] =>
  window.webContents.sent.filter(([sent]) => sent === channel).map(([, payload]) => payload);

/** The person finishes onboarding in the app window that the first run opened. */
export async function finishSetup(fake: FakeElectron): Promise<void> {
  await fake.ipcMain.invoke(appWindow(fake).webContents, 'settings:update', {
    firstRunComplete: true,
  });
}
