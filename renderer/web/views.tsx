import type { PoiseApi } from '../../main/ipc/contract';
import type { ShellView, ViewSwitcher } from '../shell/App';
import { TodayView } from '../shell/TodayView';
import { SettingsView } from '../settings/SettingsView';

export function browserViews(api: PoiseApi, _switcher: ViewSwitcher): ShellView[] {
  return [
    { id: 'today', label: 'Today', render: () => <TodayView api={api} /> },
    { id: 'settings', label: 'Settings', render: () => <SettingsView api={api} /> },
  ];
}
