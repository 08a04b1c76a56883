import type { PoiseApi } from '../../main/ipc/contract';
import type { ShellView, ViewSwitcher } from '../shell/App';
import { SettingsView } from '../settings/SettingsView';
import { TodayView } from '../shell/TodayView';

/** The views of Electron's app window. The browser host adds the monitor and break views. */
export function appViews(api: PoiseApi, _switcher: ViewSwitcher): ShellView[] {
  return [
    { id: 'today', label: 'Today', render: () => <TodayView api={api} /> },
    { id: 'settings', label: 'Settings', render: () => <SettingsView api={api} /> },
  ];
}
