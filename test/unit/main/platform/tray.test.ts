import type { MenuItemConstructorOptions } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { initialAppStatus, type AppStatus } from '../../../../shared/core/app-status';
import type { AppCommand } from '../../../../shared/core/commands';
import { trayModel, type TrayMenuItem } from '../../../../shared/core/tray/tray-model';
import { createTrayRenderer, menuTemplate, type TrayDeps } from '../../../../main/platform/tray';
import { createFakeElectron } from '../../../support/fake-electron';
import type { FakeNativeImage } from '../../../support/fake-electron/native-image';
import { repoRoot } from '../../../support/repo-paths';
import { wordingFor, type Wording } from '../../../../shared/core/i18n/wording';

vi.mock('electron', async () =>
  (await import('../../../support/fake-electron/vitest-mock')).forbiddenElectron(
    'the tray adapter',
  ),
);

/** English words with a clock that shows the epoch ms, so a label names exactly the time it got. */
const wording: Wording = { ...wordingFor('en-GB', 'en', 'UTC'), formatTime: (ms) => `T${ms}` };
const status = (overrides: Partial<AppStatus> = {}): AppStatus => ({
  ...initialAppStatus,
  ...overrides,
});

/** Electron calls click(menuItem, window, event); the adapter must not depend on those. */
const click = (item: MenuItemConstructorOptions | undefined): void =>
  (item?.click as (() => void) | undefined)?.();
const byLabel = (items: readonly MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label);

describe('menuTemplate', () => {
  it('renders each kind of tray item', () => {
    const items: TrayMenuItem[] = [
      { kind: 'label', label: 'Sitting well' },
      { kind: 'separator' },
      {
        kind: 'action',
        label: 'Take a break now',
        command: { type: 'take-break', kind: 'micro' },
        enabled: false,
      },
      {
        kind: 'submenu',
        label: 'Pause',
        enabled: true,
        items: [
          {
            kind: 'action',
            label: 'For 1 hour',
            command: { type: 'pause', minutes: 60 },
            enabled: true,
          },
        ],
      },
    ];
    const template = menuTemplate(items, () => undefined);
    expect(template).toHaveLength(4);
    expect(template[0]).toMatchObject({ label: 'Sitting well', enabled: false });
    expect(template[0]!.click).toBeUndefined();
    expect(template[1]).toEqual({ type: 'separator' });
    expect(template[2]).toMatchObject({ label: 'Take a break now', enabled: false });
    expect(template[3]).toMatchObject({ label: 'Pause', enabled: true });
    expect(template[3]!.submenu).toEqual([
      expect.objectContaining({ label: 'For 1 hour', enabled: true }),
    ]);
  });

  it('every action of the real tray model runs exactly its command when clicked', () => {
    const model = trayModel(status({ trayState: 'upright', statusLine: 'Sitting well' }), wording);
    const run = vi.fn<(command: AppCommand) => void>();
    const template = menuTemplate(model.menu, run);

    const expectations: [string[], AppCommand][] = [
      [['Pause', 'For 30 minutes'], { type: 'pause', minutes: 30 }],
      [['Pause', 'For 1 hour'], { type: 'pause', minutes: 60 }],
      [['Pause', 'Until tomorrow'], { type: 'pause-until-tomorrow' }],
      [['Take a break now'], { type: 'take-break', kind: 'micro' }],
      [['Recalibrate posture'], { type: 'recalibrate' }],
      [['Open dashboard'], { type: 'open-dashboard' }],
      [['Settings…'], { type: 'open-settings' }],
      [['Quit Poise'], { type: 'quit' }],
    ];
    for (const [path, command] of expectations) {
      run.mockClear();
      let items = template;
      let item: MenuItemConstructorOptions | undefined;
      for (const label of path) {
        item = byLabel(items, label);
        expect(item, path.join(' > ')).toBeDefined();
        items = (item?.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
      }
      click(item);
      expect(run.mock.calls, path.join(' > ')).toEqual([[command]]);
    }
  });

  it('while paused, the menu offers resume and clicking it resumes', () => {
    const model = trayModel(status({ pausedUntilMs: 5000 }), wording);
    const run = vi.fn();
    const template = menuTemplate(model.menu, run);
    expect(template[0]).toMatchObject({ label: 'Paused until T5000', enabled: false });
    click(byLabel(template, 'Resume monitoring'));
    expect(run).toHaveBeenCalledWith({ type: 'resume' });
  });
});

/**
 * createTrayRenderer over the shared fake's Tray, Menu and nativeImage, with spies on the calls
 * that cost the desktop work (a new image, a rebuilt native menu).
 */
function fakeTray() {
  const electron = createFakeElectron();
  const tray = new electron.Tray(electron.nativeImage.createEmpty());
  const setImage = vi.spyOn(tray, 'setImage');
  const setToolTip = vi.spyOn(tray, 'setToolTip');
  const buildMenu = vi.fn((template: MenuItemConstructorOptions[]) =>
    electron.Menu.buildFromTemplate(template),
  );
  const icon = (name: string) =>
    electron.nativeImage.createFromPath(join(repoRoot, 'main/assets/tray', `${name}.png`));
  const run = vi.fn();
  // The fakes implement what the adapter calls, typed by Electron's signatures; they are not
  // Electron's classes, hence the cast.
  const renderer = createTrayRenderer({ tray, buildMenu, icon, run } as unknown as TrayDeps);
  return { tray, setImage, setToolTip, buildMenu, run, renderer };
}

describe('createTrayRenderer', () => {
  it('sets the icon, tooltip and menu from the model', () => {
    const { tray, run, renderer } = fakeTray();
    const model = trayModel(status({ trayState: 'slouching', statusLine: 'Slouching' }), wording);
    renderer.render(model);
    const image = tray.image as FakeNativeImage;
    expect(image.path).toMatch(/tray-slouching\.png$/);
    expect(image.isEmpty()).toBe(false);
    expect(tray.tooltip).toBe('Poise: Slouching');
    expect(tray.menu.labels()).toContain('Quit Poise');
    tray.menu.click('Quit Poise');
    expect(run).toHaveBeenCalledWith({ type: 'quit' });
  });

  it('an identical model is not rendered again; a changed one is', () => {
    const { tray, setImage, setToolTip, buildMenu, renderer } = fakeTray();
    const upright = status({ trayState: 'upright', statusLine: 'Sitting well' });
    renderer.render(trayModel(upright, wording));
    renderer.render(trayModel({ ...upright }, wording));
    expect(setImage).toHaveBeenCalledTimes(1);
    expect(setToolTip).toHaveBeenCalledTimes(1);
    expect(buildMenu).toHaveBeenCalledTimes(1);

    renderer.render(trayModel(status({ trayState: 'away', statusLine: 'Away' }), wording));
    expect(setImage).toHaveBeenCalledTimes(2);
    expect(tray.tooltip).toBe('Poise: Away');
    expect((tray.image as FakeNativeImage).path).toMatch(/tray-away\.png$/);
    expect(buildMenu).toHaveBeenCalledTimes(2);
  });

  it('every icon the tray model can ask for exists as 1x and @2x PNG', () => {
    const states = ['starting', 'upright', 'slouching', 'away', 'camera-problem', 'break'] as const;
    const names = new Set(
      states.map((trayState) => trayModel(status({ trayState }), wording).icon),
    );
    names.add(trayModel(status({ pausedUntilMs: 1 }), wording).icon);
    expect(names.size).toBe(7);
    for (const name of names) {
      for (const file of [`${name}.png`, `${name}@2x.png`]) {
        expect(existsSync(join(repoRoot, 'main/assets/tray', file)), file).toBe(true);
      }
    }
  });
});
