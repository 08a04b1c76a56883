import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppCommand } from '../../shared/core/commands';
import type { TrayMenuItem, TrayModel } from '../../shared/core/tray/tray-model';
import { useT } from '../i18n/use-wording';

/** The tray items a window leaves out: its own section tabs already open the dashboard and settings. */
const SHOWN_AS_TABS = new Set<AppCommand['type']>(['open-dashboard', 'open-settings']);

/** Without the tabs' items, and without the status label: the status pill beside the menu shows it. */
function withoutTabs(items: readonly TrayMenuItem[]): TrayMenuItem[] {
  const kept = items.filter(
    (item) =>
      item.kind !== 'label' && !(item.kind === 'action' && SHOWN_AS_TABS.has(item.command.type)),
  );
  // Drop separators left at the ends or next to each other by what was removed.
  return kept.filter(
    (item, i) =>
      item.kind !== 'separator' ||
      (i > 0 && i < kept.length - 1 && kept[i - 1]?.kind !== 'separator'),
  );
}

/**
 * The tray menu as one compact menu button: the browser host has no system tray, so it shows the
 * very same trayModel() the Electron tray renders, behind a "Menu" button beside the status.
 */
export function TrayMenu(props: { model: TrayModel; run: (command: AppCommand) => void }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);
  const run = (command: AppCommand): void => {
    setOpen(false);
    props.run(command);
  };
  return (
    <div class="tray-menu" ref={root}>
      <button
        type="button"
        class="tray-menu__toggle"
        aria-expanded={open}
        aria-controls="poise-controls"
        onClick={() => setOpen(!open)}
      >
        {t('shell:menu.button')}
      </button>
      <nav
        id="poise-controls"
        class="tray-menu__list"
        aria-label={t('shell:menu.label')}
        hidden={!open}
      >
        <MenuItems items={withoutTabs(props.model.menu)} run={run} />
      </nav>
    </div>
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
            return null; // left out above: the status line is shown by the status pill
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
                <span class="tray-menu__group-label">{item.label}</span>
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
