import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeMinuteLines } from '../../../shared/core/history/minute-codec';
import type { MinuteAggregate } from '../../../shared/core/history/minute';
import { createFakeElectron, type FakeElectron } from '../../support/fake-electron';
import type { FakeBrowserWindow } from '../../support/fake-electron/browser-window';
import type { FakeNativeImage } from '../../support/fake-electron/native-image';
import { buildMainBundle, quietDesktop, runBundle } from './support/main-bundle';
import { TWO_DISPLAYS } from './support/start-main';

/**
 * Smoke test of what ships: the main bundle built by scripts/build-main.mjs, loaded as Electron
 * loads it, against the shared fake `electron`, with real files in a temp home. Time is the
 * app's own: Date and the intervals the bundle sets are vitest's fake timers, so a minute of
 * posture takes no time and nothing waits on the wall clock.
 */

const MONDAY_9AM = Date.UTC(2026, 2, 2, 9, 0, 0);
const REPORT_EVERY_MS = 2_000;

let bundle: string;
beforeAll(() => {
  bundle = buildMainBundle();
});
afterEach(() => vi.useRealTimers());

const windowAt = (electron: FakeElectron, url: string): FakeBrowserWindow => {
  const window = electron.BrowserWindow.getAllWindows().find((w) => w.url === url);
  if (!window) throw new Error(`no window at ${url}`);
  return window;
};

/** The monitor window reports one posture every two seconds for `seconds` of app time. */
function sit(electron: FakeElectron, state: 'upright' | 'slouching', seconds: number): void {
  const monitor = windowAt(electron, 'poise://app/monitor.html').webContents;
  for (let elapsed = 0; elapsed < seconds * 1000; elapsed += REPORT_EVERY_MS) {
    const slouchScore = state === 'slouching' ? 0.8 : 0.1;
    electron.ipcMain.send(monitor, 'posture:report', {
      timeMs: Date.now(),
      state,
      reasons: [],
      slouchScore,
    });
    vi.advanceTimersByTime(REPORT_EVERY_MS);
  }
}

/** Every minute in the history folder, read back with the app's own codec. */
function historyOnDisk(electron: FakeElectron): MinuteAggregate[] {
  const dir = join(electron.app.getPath('userData'), 'history');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => decodeMinuteLines(readFileSync(join(dir, name), 'utf8')).minutes);
}

const total = (minutes: readonly MinuteAggregate[], field: keyof MinuteAggregate): number =>
  minutes.reduce((sum, minute) => sum + Number(minute[field]), 0);

describe('the built main bundle', () => {
  it('starts, opens each kind of window, coaches, breaks on every display, and quits with history saved', async () => {
    vi.useFakeTimers({ now: MONDAY_9AM, toFake: ['Date', 'setInterval', 'clearInterval'] });
    const electron = createFakeElectron({ displays: TWO_DISPLAYS });
    runBundle(bundle, electron.module, quietDesktop());

    // Before 'ready': only the privileged scheme; nothing opens.
    expect(electron.protocol.privilegedSchemes.map((s) => s.scheme)).toEqual(['poise']);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(0);
    await electron.becomeReady();

    // Start-up: the app's own protocol serves the model, the monitor runs hidden, the first
    // run's onboarding shows once its page has loaded, and the tray is up.
    const model = await electron.protocol.fetch('poise://app/models/movenet-lightning/model.json');
    expect(model.status).toBe(200);
    expect(model.headers.get('content-security-policy')).toContain("default-src 'self'");
    const monitor = windowAt(electron, 'poise://app/monitor.html');
    monitor.finishLoad();
    expect(monitor.isVisible()).toBe(false);
    const onboarding = windowAt(electron, 'poise://app/app.html#onboarding');
    onboarding.finishLoad();
    expect(onboarding.isVisible()).toBe(true);
    const tray = electron.Tray.made[0]!;
    expect((tray.image as FakeNativeImage).isEmpty()).toBe(false);
    expect(tray.menu.labels()).toContain('Quit Poise');

    // The person finishes setup and asks for breaks on every display.
    await electron.ipcMain.invoke(onboarding.webContents, 'settings:update', {
      firstRunComplete: true,
      breaks: { allDisplays: true },
    });
    electron.ipcMain.send(monitor.webContents, 'monitor:status', {
      kind: 'running',
      backend: 'wasm',
    });

    // A minute upright, then a slouch long enough to climb every nudge: tray, notification, glow.
    sit(electron, 'upright', 60);
    sit(electron, 'slouching', 90);
    expect(electron.Notification.shown.map((n) => n.body)).toEqual([
      expect.stringMatching(/slouching/),
    ]);
    const overlay = windowAt(electron, 'poise://app/overlay.html');
    expect(overlay.isVisible()).toBe(true);
    expect(overlay.clickThrough).toBe(true);
    expect(overlay.isFocused()).toBe(false);
    expect(overlay.getBounds()).toEqual(electron.screen.getPrimaryDisplay().workArea);
    sit(electron, 'upright', 2);
    expect(overlay.isVisible()).toBe(false);

    // A break from the tray: the break on the primary display, a calm cover on the other.
    tray.menu.click('Take a break now');
    const breakWindow = windowAt(electron, 'poise://app/break.html#micro');
    const cover = windowAt(electron, 'poise://app/break.html#cover');
    breakWindow.finishLoad();
    cover.finishLoad();
    expect(breakWindow.isVisible()).toBe(true);
    expect(breakWindow.isFocused()).toBe(true);
    expect(breakWindow.webContents.sent).toContainEqual([
      'break:start',
      expect.objectContaining({ kind: 'micro' }),
    ]);
    expect(cover.getBounds()).toEqual(TWO_DISPLAYS[1].bounds);
    expect(cover.isVisible()).toBe(true);
    vi.advanceTimersByTime(30_000);
    await electron.ipcMain.invoke(breakWindow.webContents, 'app:command', {
      type: 'finish-break',
      completed: true,
    });
    expect(cover.isDestroyed()).toBe(true);

    // Quit from the tray: main holds Electron's quit until the open minute is on disk.
    const quit = once(electron.app, 'quit');
    tray.menu.click('Quit Poise');
    await quit;
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(0);
    const minutes = historyOnDisk(electron);
    expect(total(minutes, 'uprightS')).toBe(62);
    expect(total(minutes, 'slouchingS')).toBe(90);
    expect(total(minutes, 'nudges')).toBe(3);
    expect(total(minutes, 'breaksTaken')).toBe(1);
    const settings = JSON.parse(
      readFileSync(join(electron.app.getPath('userData'), 'settings.json'), 'utf8'),
    ) as { firstRunComplete: boolean; breaks: { allDisplays: boolean } };
    expect(settings.firstRunComplete).toBe(true);
    expect(settings.breaks.allDisplays).toBe(true);
  });
});
