import type { AppStatus, TrayState } from '../../shared/core/app-status';
import type { Wording } from '../../shared/core/i18n/wording';
import type { TrayIconName } from '../../shared/core/tray/tray-model';

/**
 * What the window's title and icon say, so a nudge reaches a person whose Poise tab or window is
 * in the background: the tab strip and the taskbar show the title and the icon. The icon is the
 * tray's own for that state, the title leads with the news when there is any.
 */
export interface WindowBadge {
  readonly title: string;
  readonly icon: TrayIconName;
}

type TitleLead = `core:windowTitle.${'slouching' | 'break' | 'cameraProblem'}`;

const TITLE_LEADS: Partial<Record<TrayState, TitleLead>> = {
  slouching: 'core:windowTitle.slouching',
  break: 'core:windowTitle.break',
  'camera-problem': 'core:windowTitle.cameraProblem',
};

export function windowBadge(status: AppStatus, wording: Wording): WindowBadge {
  const { t } = wording;
  const lead = TITLE_LEADS[status.trayState];
  return {
    title: lead ? t('core:windowTitle.withNews', { news: t(lead) }) : t('core:windowTitle.plain'),
    icon: `tray-${status.pausedUntilMs !== null ? 'paused' : status.trayState}`,
  };
}
