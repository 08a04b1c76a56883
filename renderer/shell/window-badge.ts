import type { AppStatus, TrayState } from '../../main/core/app-status';
import type { TrayIconName } from '../../main/core/tray/tray-model';

/**
 * What the window's title and icon say, so a nudge reaches a person whose Poise tab or window is
 * in the background: the tab strip and the taskbar show the title and the icon. The icon is the
 * tray's own for that state, the title leads with the news when there is any.
 */
export interface WindowBadge {
  readonly title: string;
  readonly icon: TrayIconName;
}

const TITLE_LEADS: Partial<Record<TrayState, string>> = {
  slouching: 'Sit up',
  break: 'Break time',
  'camera-problem': 'Camera problem',
};

export function windowBadge(status: AppStatus): WindowBadge {
  const lead = TITLE_LEADS[status.trayState];
  return {
    title: lead ? `${lead} · Poise` : 'Poise',
    icon: `tray-${status.pausedUntilMs !== null ? 'paused' : status.trayState}`,
  };
}
