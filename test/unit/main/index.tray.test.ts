import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeNativeImage } from '../../support/fake-electron/native-image';
import {
  appWindow,
  finishSetup,
  monitorWindow,
  quitMain,
  sentOn,
  startMain,
} from './support/start-main';

vi.mock('electron', async () =>
  (await import('../../support/fake-electron/vitest-mock')).electronModule(),
);

/** The tray main renders from the controller's status, and what its menu items do. */

afterEach(quitMain);

const iconPath = (image: FakeNativeImage | string): string =>
  typeof image === 'string' ? image : image.path;

describe('tray', () => {
  it('has an image that exists on disk, a tooltip and a menu', async () => {
    const fake = await startMain();
    expect(fake.Tray.made).toHaveLength(1);
    const tray = fake.Tray.made[0]!;
    expect(iconPath(tray.image)).toMatch(/main[/\\]assets[/\\]tray[/\\]tray-[a-z-]+\.png$/);
    expect((tray.image as FakeNativeImage).isEmpty()).toBe(false);
    expect(tray.tooltip).toMatch(/^Poise: /);
    expect(tray.menu.labels()).toEqual(expect.arrayContaining(['Open dashboard', 'Quit Poise']));
  });

  it("speaks the system's language when the settings leave it to the system", async () => {
    const fake = await startMain({ systemLanguages: ['de-DE', 'en-US'] });
    const tray = fake.Tray.made[0]!;
    expect(tray.tooltip).toMatch(/^Poise: /);
    const labels = tray.menu.labels();
    expect(labels).toEqual(expect.arrayContaining(['Übersicht öffnen', 'Poise beenden']));
    expect(labels).not.toContain('Quit Poise');
  });

  it('its Quit item quits the app, after the history is saved', async () => {
    const fake = await startMain();
    const quit = once(fake.app, 'quit');
    fake.Tray.made[0]!.menu.click('Quit Poise');
    // main holds the quit back until the controller has flushed, then quits for real.
    expect(fake.app.quitted).toBe(false);
    await quit;
    expect(fake.app.quitted).toBe(true);
  });

  it('before setup is finished: the monitor is never told to run, and the tray leads to setup', async () => {
    const fake = await startMain();
    const monitor = monitorWindow(fake);
    // The monitor window opens after the first word on the camera: it reads it when it loads.
    const latest = await fake.ipcMain.invoke(
      monitor.webContents,
      'events:latest',
      'monitor:control',
    );
    expect(latest).toEqual({ run: false, mode: 'normal' });
    const tray = () => fake.Tray.made[0]!;
    expect(tray().menu.find('Recalibrate posture')).toBeUndefined();
    // "Not now" went to another view; the tray's item brings setup back.
    tray().menu.click('Finish setting up Poise…');
    expect(sentOn(appWindow(fake), 'app:show-view')).toContainEqual({ view: 'onboarding' });
    const control = () => sentOn(monitor, 'monitor:control') as { run: boolean }[];
    expect(control().every((c) => !c.run)).toBe(true);

    await finishSetup(fake);
    expect(control().at(-1)).toEqual({ run: true, mode: 'normal' });
  });

  it('its Recalibrate item opens the guided recalibration; closing that window gives the camera back', async () => {
    const fake = await startMain();
    await finishSetup(fake);
    fake.Tray.made[0]!.menu.click('Recalibrate posture');
    // The first run opened the app window already: it is told which view to show.
    const window = appWindow(fake);
    expect(sentOn(window, 'app:show-view')).toContainEqual({ view: 'recalibrate' });

    const control = () => sentOn(monitorWindow(fake), 'monitor:control').at(-1);
    await fake.ipcMain.invoke(window.webContents, 'app:command', {
      type: 'calibration-hold',
      on: true,
    });
    expect(control()).toEqual({ run: true, mode: 'calibrating' });
    // Closed mid-recalibration, the page cannot say so itself: main gives the camera back.
    window.close();
    expect(control()).toEqual({ run: true, mode: 'normal' });
  });

  it('follows the posture the monitor reports', async () => {
    const fake = await startMain();
    await finishSetup(fake);
    fake.ipcMain.send(monitorWindow(fake).webContents, 'posture:report', {
      timeMs: 1,
      state: 'slouching',
      reasons: [],
      slouchScore: 0.8,
    });
    const tray = fake.Tray.made[0]!;
    expect(iconPath(tray.image)).toMatch(/tray-slouching\.png$/);
    expect(tray.tooltip).toMatch(/slouch/i);
  });
});
