import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { AppCommand } from '../../shared/core/commands';
import type { TrayMenuItem, TrayModel } from '../../shared/core/tray/tray-model';

export interface TrayRenderer {
  render(model: TrayModel): void;
}

export interface TrayDeps {
  readonly tray: Pick<Tray, 'setImage' | 'setToolTip' | 'setContextMenu'>;
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  readonly icon: (name: TrayModel['icon']) => NativeImage;
  readonly run: (command: AppCommand) => void;
}

/** Turn the tray model into Electron menu templates. No decisions here: they are all in trayModel. */
export function menuTemplate(
  items: readonly TrayMenuItem[],
  run: (command: AppCommand) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'label':
        return { label: item.label, enabled: false };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => run(item.command) };
      case 'submenu':
        return { label: item.label, enabled: item.enabled, submenu: menuTemplate(item.items, run) };
    }
  });
}

export function createTrayRenderer(deps: TrayDeps): TrayRenderer {
  let last = '';
  return {
    render(model) {
      // Rebuilding a native menu is not free; skip identical models (status ticks are frequent).
      const key = JSON.stringify(model);
      if (key === last) return;
      last = key;
      deps.tray.setImage(deps.icon(model.icon));
      deps.tray.setToolTip(model.tooltip);
      deps.tray.setContextMenu(deps.buildMenu(menuTemplate(model.menu, deps.run)));
    },
  };
}
