import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppController } from '../../../../shared/app/app-controller';
import type { ControllerPorts, Shell } from '../../../../shared/app/ports';
import type { HistoryStore } from '../../../../shared/core/history/history-store';
import type { PostureReport } from '../../../../shared/core/posture-status';
import { applySettingsPatch } from '../../../../shared/core/settings/patch';
import { defaultSettings, type Settings } from '../../../../shared/core/settings/schema';
import type { EventChannel } from '../../../../shared/ipc/contract';
import type { Baseline } from '../../../../shared/posture/baseline';
import { createFileHistoryStore } from '../../../../main/history/file-history-store';

/**
 * The controller with the real core, the real file history store on a temp folder, and a clock
 * the test moves by hand. Only the platform edge (notifications, windows) is recorded.
 */
function setup(
  options: {
    history?: HistoryStore;
    settings?: Partial<Settings>;
    systemLocales?: readonly string[];
    saveBaseline?: (baseline: Baseline) => Promise<void>;
  } = {},
) {
  let now = Date.UTC(2026, 10, 23, 10, 0, 0); // a Monday, 10:00 UTC
  let tick: () => void = () => undefined;
  let settings: Settings = { ...defaultSettings(), firstRunComplete: true, ...options.settings };
  const events: { channel: EventChannel; payload: unknown }[] = [];
  const notifications: string[] = [];
  const settingsListeners = new Set<(settings: Settings) => void>();
  const shell: Shell = {
    openDashboard: vi.fn(),
    openSettings: vi.fn(),
    openOnboarding: vi.fn(),
    openRecalibration: vi.fn(),
    openBreak: vi.fn(),
    closeBreak: vi.fn(),
    showGlow: vi.fn(),
    quit: vi.fn(),
  };
  const history =
    options.history ?? createFileHistoryStore({ dir: mkdtempSync(join(tmpdir(), 'poise-ctl-')) });
  const ports: ControllerPorts = {
    clock: { now: () => now },
    ticker: {
      every(_ms, fn) {
        tick = fn;
        return () => undefined;
      },
    },
    localTime: { timeZone: () => 'UTC' },
    languages: { systemLocales: () => options.systemLocales ?? ['en-GB'] },
    notifier: { notify: (_title, body) => notifications.push(body) },
    settings: {
      get: () => settings,
      update(patch) {
        const result = applySettingsPatch(settings, patch);
        if (result.ok) {
          settings = result.settings;
          for (const listener of settingsListeners) listener(settings);
        }
        return result;
      },
      onChange(listener) {
        settingsListeners.add(listener);
        return () => settingsListeners.delete(listener);
      },
    },
    baselines: { get: async () => [], save: options.saveBaseline ?? (async () => undefined) },
    history,
    broadcast: { emit: (channel, payload) => events.push({ channel, payload }) },
    shell,
  };
  const controller = createAppController(ports);
  const advance = (ms: number, report?: Omit<PostureReport, 'timeMs'>): void => {
    for (let t = 0; t < ms; t += 1000) {
      now += 1000;
      if (report) controller.postureReport({ ...report, timeMs: now });
      tick();
    }
  };
  const notices = () =>
    events
      .filter((e) => e.channel === 'app:notice')
      .map((e) => (e.payload as { message: string }).message);
  return { controller, advance, events, notifications, shell, history, notices, now: () => now };
}

const baseline: Baseline = {
  version: 2,
  cameraId: 'desk-camera',
  createdAtMs: 0,
  frameCount: 30,
  metrics: {},
  framing: null,
};
const upright = { state: 'upright', reasons: [], slouchScore: 0 } as const;
const slouching = {
  state: 'slouching',
  reasons: [{ metric: 'neckHeight', deviation: 1.5, message: 'Your head has dropped.' }],
  slouchScore: 0.6,
} as const;

describe('app controller', () => {
  it('turns the camera on at start, and off for a pause', () => {
    const { controller, events } = setup();
    const control = () =>
      events.filter((e) => e.channel === 'monitor:control').map((e) => e.payload);
    expect(control().at(-1)).toEqual({ run: true, mode: 'normal' });
    controller.command({ type: 'pause', minutes: 30 });
    expect(control().at(-1)).toEqual({ run: false, mode: 'normal' });
    expect(controller.status().trayState).toBe('paused');
  });

  it('never tells the monitor to run before setup is finished, and runs it once it is', () => {
    const { controller, events, advance } = setup({ settings: { firstRunComplete: false } });
    const control = () =>
      events.filter((e) => e.channel === 'monitor:control').map((e) => e.payload);
    advance(5000);
    expect(control()).toEqual([{ run: false, mode: 'normal' }]);
    expect(controller.status()).toMatchObject({ watching: 'needs-setup', trayState: 'paused' });
    // A recalibration page asking for the camera does not get it either.
    controller.command({ type: 'calibration-hold', on: true });
    controller.command({ type: 'calibration-hold', on: false });
    expect(control().every((c) => !(c as { run: boolean }).run)).toBe(true);

    controller.updateSettings({ firstRunComplete: true });
    expect(control().at(-1)).toEqual({ run: true, mode: 'normal' });
  });

  it('keeps the camera off after setup without a camera, while breaks still start', () => {
    const { controller, events, advance, shell } = setup({ settings: { firstRunComplete: false } });
    controller.updateSettings({
      firstRunComplete: true,
      monitoring: { enabled: false },
      breaks: { microEveryMinutes: 5, headsUpSeconds: 0 },
    });
    advance(5 * 60_000 + 1000);
    const control = events.filter((e) => e.channel === 'monitor:control').map((e) => e.payload);
    expect(control.every((c) => !(c as { run: boolean }).run)).toBe(true);
    expect(shell.openBreak).toHaveBeenCalledWith('micro');
  });

  it('sends a notification-level nudge to the notifier after sustained slouching', () => {
    const { advance, notifications } = setup({
      settings: {
        coaching: { ...defaultSettings().coaching, graceSeconds: 5, escalation: ['notification'] },
      },
    });
    advance(5_000, upright);
    advance(20_000, slouching);
    expect(notifications.length).toBeGreaterThanOrEqual(1);
  });

  it('words a nudge with its reason in the language setting, else the system language', () => {
    const coaching = {
      ...defaultSettings().coaching,
      graceSeconds: 5,
      escalation: ['notification'],
    };
    const english = setup({ settings: { coaching } as Partial<Settings> });
    english.advance(5_000, upright);
    english.advance(20_000, slouching);
    expect(english.notifications[0]).toBe(
      'You have been slouching for a while: sit tall, ears over shoulders. (Your head has dropped toward your shoulders.)',
    );

    const german = setup({ settings: { coaching } as Partial<Settings>, systemLocales: ['de-AT'] });
    german.advance(5_000, upright);
    german.advance(20_000, slouching);
    expect(german.notifications[0]).toBe(
      'Sie sitzen schon eine Weile krumm: Richten Sie sich auf, die Ohren über den Schultern. (Ihr Kopf ist zu den Schultern hin abgesunken.)',
    );
    expect(german.controller.status().statusLine).toBe('Krumme Haltung: Zeit, sich aufzurichten');
    expect(german.controller.wording().locale).toBe('de-AT');

    german.controller.updateSettings({ language: 'en' });
    expect(german.controller.status().statusLine).toBe('Slouching: time to sit up');
  });

  it('announces a break in the chosen language, with the plural form it needs', () => {
    const { advance, notifications } = setup({
      settings: {
        language: 'de',
        breaks: { ...defaultSettings().breaks, microEveryMinutes: 5, headsUpSeconds: 30 },
      },
    });
    advance(5 * 60_000, upright);
    expect(notifications).toContain('Eine Kurzpause beginnt in 30 Sekunden.');
  });

  it('writes each completed minute to the history store, and a library routine counts', async () => {
    const { controller, advance, history, now } = setup();
    advance(30_000, upright);
    controller.command({ type: 'routine-done', routineId: 'micro-chest-opener' });
    advance(65_000, upright);
    await controller.dispose();
    const { minutes } = await history.readRange(0, now() + 60_000);
    // 95 s of upright reports: the completed minute and, on a clean quit, the current one too.
    expect(minutes.reduce((sum, m) => sum + m.uprightS, 0)).toBeGreaterThanOrEqual(93);
    expect(minutes.flatMap((m) => m.routinesDone)).toEqual(['micro-chest-opener']);
  });

  it('keeps minutes when a write fails, says so once, and saves them when the disk recovers', async () => {
    // The disk is full for the first two writes: the two minutes that end first.
    let failuresLeft = 2;
    const history = createFileHistoryStore({
      dir: mkdtempSync(join(tmpdir(), 'poise-ctl-')),
      async write(handle, data) {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('ENOSPC: no space left');
        }
        await handle.write(data);
      },
    });
    const { controller, advance, notices, now } = setup({ history });
    advance(190_000, upright);
    // Writes run in order and quitting waits for the last one, so every outcome is in by now.
    await controller.dispose();
    expect(failuresLeft).toBe(0);
    expect(notices().filter((m) => m.includes('could not save your history'))).toHaveLength(1);
    const { minutes } = await history.readRange(0, now() + 60_000);
    expect(minutes.length).toBeGreaterThanOrEqual(3);
    // The first minute, refused twice, was kept and saved with the third write.
    expect(minutes[0]!.minuteStartMs).toBe(Date.UTC(2026, 10, 23, 10, 0));
  });

  it('offers recalibration once when the camera seems to have moved, and again after a recalibration', () => {
    const { controller, notices } = setup();
    const moved = { ...upright, recalibrationSuggested: true };
    controller.postureReport({ ...moved, timeMs: 1 });
    controller.postureReport({ ...moved, timeMs: 2 });
    expect(notices().filter((m) => m.includes('camera seems to have moved'))).toHaveLength(1);
    controller.command({ type: 'recalibrate' });
    controller.postureReport({ ...moved, timeMs: 3 });
    expect(notices().filter((m) => m.includes('camera seems to have moved'))).toHaveLength(2);
  });

  it('offers recalibration again once a new calibration is saved, not when saving fails', async () => {
    let saved = 0;
    const { controller, notices } = setup({
      saveBaseline: async () => {
        saved += 1;
        if (saved === 1) throw new Error('EACCES: permission denied');
      },
    });
    const moved = { ...upright, recalibrationSuggested: true };
    const offers = () => notices().filter((m) => m.includes('camera seems to have moved')).length;
    controller.postureReport({ ...moved, timeMs: 1 });
    await expect(controller.saveBaseline(baseline)).rejects.toThrow('EACCES');
    controller.postureReport({ ...moved, timeMs: 2 });
    expect(offers()).toBe(1);
    await controller.saveBaseline(baseline);
    controller.postureReport({ ...moved, timeMs: 3 });
    expect(offers()).toBe(2);
  });

  it('opens the guided recalibration, and the monitor stands aside while its page has the camera', () => {
    const { controller, shell, events } = setup();
    const control = () =>
      events.filter((e) => e.channel === 'monitor:control').map((e) => e.payload);
    controller.command({ type: 'recalibrate' });
    expect(shell.openRecalibration).toHaveBeenCalledTimes(1);
    // Opening the view alone does not take the camera: the view asks for it when it is shown.
    expect(control().at(-1)).toEqual({ run: true, mode: 'normal' });

    controller.command({ type: 'calibration-hold', on: true });
    expect(control().at(-1)).toEqual({ run: true, mode: 'calibrating' });
    // Asking twice changes nothing (a view shown again, a window that reloads).
    const sent = control().length;
    controller.command({ type: 'calibration-hold', on: true });
    expect(control()).toHaveLength(sent);

    // The camera rules still hold for the calibration page: a pause turns it off there too.
    controller.command({ type: 'pause', minutes: 30 });
    expect(control().at(-1)).toEqual({ run: false, mode: 'calibrating' });
    controller.command({ type: 'resume' });
    expect(control().at(-1)).toEqual({ run: true, mode: 'calibrating' });

    // Done, cancelled or its window closed: the monitor gets the camera back.
    controller.command({ type: 'calibration-hold', on: false });
    expect(control().at(-1)).toEqual({ run: true, mode: 'normal' });
    controller.command({ type: 'calibration-hold', on: false });
    expect(control().at(-1)).toEqual({ run: true, mode: 'normal' });
  });

  it('says "Recalibrating" while the monitor stands aside for a calibration page', () => {
    const { controller } = setup();
    controller.monitorStatus({ kind: 'stopped', reason: 'calibrating' });
    expect(controller.status()).toMatchObject({
      trayState: 'starting',
      statusLine: 'Recalibrating your posture…',
    });
  });

  it('tells the person once when their chosen camera is missing and the default one is used', () => {
    const { controller, notices } = setup();
    const told = () => notices().filter((m) => m.includes('camera you chose')).length;
    controller.monitorStatus({ kind: 'running', backend: 'wasm', cameraFallback: true });
    controller.monitorStatus({ kind: 'stopped', reason: 'paused' });
    controller.monitorStatus({ kind: 'running', backend: 'wasm', cameraFallback: true });
    expect(told()).toBe(1);
    // Back on the chosen camera, then it goes missing again: a new stretch, a new notice.
    controller.monitorStatus({ kind: 'running', backend: 'wasm' });
    expect(told()).toBe(1);
    controller.monitorStatus({ kind: 'running', backend: 'wasm', cameraFallback: true });
    expect(told()).toBe(2);
  });

  it('opens the break window when a break starts and hands the core the finished routine', async () => {
    const { controller, shell, events, history, now } = setup();
    controller.command({ type: 'take-break', kind: 'micro' });
    expect(shell.openBreak).toHaveBeenCalledWith('micro');
    expect(events.some((e) => e.channel === 'break:start')).toBe(true);
    expect(controller.status().onBreak).toBe(true);
    controller.command({ type: 'finish-break', routineId: 'micro-neck-release', completed: true });
    expect(controller.status().onBreak).toBe(false);
    expect(shell.closeBreak).toHaveBeenCalledTimes(1);
    // The routine counts in history, like every fact the core records.
    await controller.dispose();
    const { minutes } = await history.readRange(0, now() + 60_000);
    expect(minutes.flatMap((m) => m.routinesDone)).toEqual(['micro-neck-release']);
  });

  it('opens the windows a command asks for, without touching the core', () => {
    const { controller, shell, events } = setup();
    const before = events.length;
    controller.command({ type: 'open-dashboard' });
    controller.command({ type: 'open-settings' });
    controller.command({ type: 'open-onboarding' });
    controller.command({ type: 'quit' });
    expect(shell.openDashboard).toHaveBeenCalledTimes(1);
    expect(shell.openSettings).toHaveBeenCalledTimes(1);
    expect(shell.openOnboarding).toHaveBeenCalledTimes(1);
    expect(shell.quit).toHaveBeenCalledTimes(1);
    expect(events).toHaveLength(before);
  });
});
