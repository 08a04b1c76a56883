import { describe, expect, it } from 'vitest';
import { initialAppStatus, type AppStatus } from '../../../../../shared/core/app-status';
import { trayModel, type TrayMenuItem } from '../../../../../shared/core/tray/tray-model';
import { wordingFor, type Wording } from '../../../../../shared/core/i18n/wording';

/** English words with a clock that shows the epoch ms, so a label names exactly the time it got. */
const wording: Wording = { ...wordingFor('en-GB', 'en', 'UTC'), formatTime: (ms) => `T${ms}` };
const status = (overrides: Partial<AppStatus>): AppStatus => ({
  ...initialAppStatus,
  ...overrides,
});

const labels = (items: readonly TrayMenuItem[]): string[] =>
  items.flatMap((item) => (item.kind === 'separator' ? [] : [item.label]));
const find = (items: readonly TrayMenuItem[], label: string): TrayMenuItem | undefined =>
  items.find((item) => item.kind !== 'separator' && item.label === label);
const enabled = (item: TrayMenuItem | undefined): boolean | undefined =>
  item && (item.kind === 'action' || item.kind === 'submenu') ? item.enabled : undefined;

describe('trayModel icon and tooltip', () => {
  it.each([
    [{ trayState: 'starting' }, 'tray-starting', 'Poise: Starting…'],
    [{ trayState: 'upright', statusLine: 'Sitting well' }, 'tray-upright', 'Poise: Sitting well'],
    [{ trayState: 'slouching', statusLine: 'Slouching' }, 'tray-slouching', 'Poise: Slouching'],
    [
      { trayState: 'break', statusLine: 'On a break', onBreak: true },
      'tray-break',
      'Poise: On a break',
    ],
    [
      { trayState: 'camera-problem', statusLine: 'No camera found' },
      'tray-camera-problem',
      'Poise: No camera found',
    ],
    [{ trayState: 'upright', pausedUntilMs: 5000 }, 'tray-paused', 'Poise: Paused until T5000'],
  ] as const)('%j -> %s', (overrides, icon, tooltip) => {
    const model = trayModel(status(overrides), wording);
    expect(model.icon).toBe(icon);
    expect(model.tooltip).toBe(tooltip);
    expect(model.menu[0]).toEqual({ kind: 'label', label: tooltip.replace('Poise: ', '') });
  });
});

describe('trayModel menu', () => {
  it('offers pause choices while monitoring and resume while paused', () => {
    const running = trayModel(status({ trayState: 'upright' }), wording).menu;
    const pause = find(running, 'Pause');
    expect(pause?.kind).toBe('submenu');
    expect(
      pause?.kind === 'submenu' &&
        pause.items.map((item) => item.kind === 'action' && item.command),
    ).toEqual([
      { type: 'pause', minutes: 30 },
      { type: 'pause', minutes: 60 },
      { type: 'pause-until-tomorrow' },
    ]);
    expect(find(running, 'Resume monitoring')).toBeUndefined();

    const paused = trayModel(status({ pausedUntilMs: 1 }), wording).menu;
    expect(find(paused, 'Pause')).toBeUndefined();
    expect(find(paused, 'Resume monitoring')).toMatchObject({
      command: { type: 'resume' },
      enabled: true,
    });
  });

  it.each([
    // state, take a break enabled, recalibrate enabled, pause enabled
    [{ trayState: 'upright' }, true, true, true],
    [{ trayState: 'break', onBreak: true }, false, false, false],
    [{ pausedUntilMs: 10 }, true, false, undefined],
    [
      {
        trayState: 'camera-problem',
        monitor: { kind: 'error', problem: 'no-camera', message: 'x' },
      },
      true,
      false,
      true,
    ],
  ] as const)(
    '%j enables break=%s recalibrate=%s pause=%s',
    (overrides, takeBreak, recalibrate, pause) => {
      const menu = trayModel(status(overrides as Partial<AppStatus>), wording).menu;
      expect(enabled(find(menu, 'Take a break now'))).toBe(takeBreak);
      expect(enabled(find(menu, 'Recalibrate posture'))).toBe(recalibrate);
      expect(enabled(find(menu, 'Pause'))).toBe(pause);
    },
  );

  it.each([
    ['needs-setup', 'Finish setting up Poise…'],
    ['off', 'Run setup again…'],
  ] as const)(
    'without posture watching (%s) offers setup instead of recalibrating',
    (watching, label) => {
      const menu = trayModel(status({ trayState: 'paused', watching }), wording).menu;
      expect(find(menu, 'Recalibrate posture')).toBeUndefined();
      expect(find(menu, label)).toEqual({
        kind: 'action',
        label,
        command: { type: 'open-onboarding' },
        enabled: true,
      });
      // Breaks need no camera.
      expect(enabled(find(menu, 'Take a break now'))).toBe(true);
    },
  );

  it('always ends with dashboard, settings and quit', () => {
    const menu = trayModel(status({}), wording).menu;
    expect(labels(menu).slice(-3)).toEqual(['Open dashboard', 'Settings…', 'Quit Poise']);
    expect(find(menu, 'Quit Poise')).toMatchObject({ command: { type: 'quit' }, enabled: true });
  });
});

describe('trayModel in German', () => {
  const de = wordingFor('de-DE', 'de', 'UTC');

  it('labels every item in German and names the pause end on a 24-hour clock', () => {
    const model = trayModel(status({ pausedUntilMs: Date.UTC(2026, 0, 5, 14, 30) }), de);
    expect(model.tooltip).toBe('Poise: Pausiert bis 14:30');
    expect(labels(model.menu)).toEqual([
      'Pausiert bis 14:30',
      'Überwachung fortsetzen',
      'Jetzt eine Pause machen',
      'Haltung neu kalibrieren',
      'Übersicht öffnen',
      'Einstellungen…',
      'Poise beenden',
    ]);
  });

  it('offers the pause choices and setup in German', () => {
    const menu = trayModel(status({ trayState: 'upright', watching: 'needs-setup' }), de).menu;
    const pause = find(menu, 'Pausieren');
    expect(pause?.kind === 'submenu' && labels(pause.items)).toEqual([
      'Für 30 Minuten',
      'Für 1 Stunde',
      'Bis morgen',
    ]);
    expect(find(menu, 'Einrichtung von Poise abschließen…')).toMatchObject({
      command: { type: 'open-onboarding' },
    });
  });
});
