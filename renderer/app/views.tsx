import type { PoiseApi } from '../../shared/ipc/contract';
import type { ShellView, ViewSwitcher } from '../shell/App';
import { sharedViews } from '../shell/views/shared-views';

/** The views of Electron's app window: the shared ones (breaks have a window of their own). */
export function appViews(api: PoiseApi, switcher: ViewSwitcher): ShellView[] {
  return sharedViews(api, switcher);
}
