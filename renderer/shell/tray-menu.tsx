import type { AppCommand } from '../../main/core/commands';
import type { TrayMenuItem, TrayModel } from '../../main/core/tray/tray-model';

/**
 * The tray menu drawn as page controls: the browser host has no system tray, so it shows the very
 * same trayModel() the Electron tray renders, as buttons.
 */
export function TrayMenu(props: { model: TrayModel; run: (command: AppCommand) => void }) {
  return (
    <nav class="tray-menu" aria-label="Poise controls">
      <MenuItems items={props.model.menu} run={props.run} />
    </nav>
  );
}

function MenuItems(props: { items: readonly TrayMenuItem[]; run: (command: AppCommand) => void }) {
  return (
    <>
      {props.items.map((item, index) => {
        switch (item.kind) {
          case 'separator':
            return <span key={index} class="tray-menu__separator" role="separator" />;
          case 'label':
            return null; // the status line is shown by the status pill
          case 'action':
            return (
              <button
                key={index}
                type="button"
                disabled={!item.enabled}
                onClick={() => props.run(item.command)}
              >
                {item.label}
              </button>
            );
          case 'submenu':
            return (
              <span key={index} class="tray-menu__group" role="group" aria-label={item.label}>
                <span class="tray-menu__group-label">{item.label}:</span>
                {item.items.map((child, childIndex) =>
                  child.kind === 'action' ? (
                    <button
                      key={childIndex}
                      type="button"
                      disabled={!item.enabled || !child.enabled}
                      onClick={() => props.run(child.command)}
                    >
                      {child.label}
                    </button>
                  ) : null,
                )}
              </span>
            );
        }
      })}
    </>
  );
}
