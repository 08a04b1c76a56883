import type { PoiseApi } from '../../main/ipc/contract';
import type { ShellView } from '../shell/App';
import { TodayView } from '../shell/TodayView';

/** Lets the host's shell port (open dashboard, open settings, …) switch the visible view. */
export interface ViewSwitcher {
  show(viewId: string): void;
}

export function browserViews(api: PoiseApi, _switcher: ViewSwitcher): ShellView[] {
  return [{ id: 'today', label: 'Today', render: () => <TodayView api={api} /> }];
}
