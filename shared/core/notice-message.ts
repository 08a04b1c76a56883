import type { Wording } from './i18n/wording';
import type { AppNotice } from './notices';

export interface NoticeView {
  /** A warning when something the person owns is at risk (their history); info otherwise. */
  readonly level: 'info' | 'warning';
  readonly message: string;
}

/** A notice in the person's words, ready for the windows' notice area. */
export function noticeView(notice: AppNotice, wording: Wording): NoticeView {
  const { t } = wording;
  switch (notice.kind) {
    case 'camera-moved':
      return {
        level: 'info',
        message: t('core:notice.cameraMoved', { action: t('core:tray.recalibrate') }),
      };
    case 'camera-fallback':
      return { level: 'info', message: t('core:notice.cameraFallback') };
    case 'history-not-saved':
      return {
        level: 'warning',
        message: t('core:notice.historyNotSaved', { error: notice.error }),
      };
  }
}
