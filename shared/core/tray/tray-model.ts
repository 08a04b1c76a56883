import type { AppStatus, TrayState } from '../app-status';
import type { AppCommand } from '../commands';
import type { Wording } from '../i18n/wording';

/**
 * The tray as data (after Stretchly's AppIcon): status in, icon + tooltip + menu out. The Electron
 * adapter only renders this, so every label and enabled state is tested here as tables.
 */
export type TrayIconName = `tray-${TrayState}`;

export type TrayMenuItem =
  | { readonly kind: 'separator' }
  | { readonly kind: 'label'; readonly label: string }
  | {
      readonly kind: 'action';
      readonly label: string;
      readonly command: AppCommand;
      readonly enabled: boolean;
    }
  | {
      readonly kind: 'submenu';
      readonly label: string;
      readonly enabled: boolean;
      readonly items: readonly TrayMenuItem[];
    };

export interface TrayModel {
  readonly icon: TrayIconName;
  readonly tooltip: string;
  readonly menu: readonly TrayMenuItem[];
}

const action = (label: string, command: AppCommand, enabled = true): TrayMenuItem => ({
  kind: 'action',
  label,
  command,
  enabled,
});

/** `wording` gives the person's language and clock; injected to keep this pure. */
export function trayModel(status: AppStatus, wording: Wording): TrayModel {
  const { t } = wording;
  const paused = status.pausedUntilMs !== null;
  const statusLine =
    paused && status.pausedUntilMs !== null
      ? t('core:status.pausedUntil', { time: wording.formatTime(status.pausedUntilMs) })
      : status.statusLine;

  const menu: TrayMenuItem[] = [
    { kind: 'label', label: statusLine },
    { kind: 'separator' },
    paused
      ? action(t('core:tray.resume'), { type: 'resume' })
      : {
          kind: 'submenu',
          label: t('core:tray.pause'),
          enabled: !status.onBreak,
          items: [
            action(t('core:tray.pauseHalfHour'), { type: 'pause', minutes: 30 }),
            action(t('core:tray.pauseHour'), { type: 'pause', minutes: 60 }),
            action(t('core:tray.pauseUntilTomorrow'), { type: 'pause-until-tomorrow' }),
          ],
        },
    action(t('core:tray.takeBreak'), { type: 'take-break', kind: 'micro' }, !status.onBreak),
    // Until the person agrees to posture watching, setup takes recalibration's place: it is the
    // way to the camera, and it stays in view for as long as the camera is off by their choice.
    status.watching === 'on'
      ? action(
          t('core:tray.recalibrate'),
          { type: 'recalibrate' },
          !paused && !status.onBreak && status.monitor.kind !== 'error',
        )
      : action(
          t(
            status.watching === 'needs-setup' ? 'core:tray.finishSetup' : 'core:tray.runSetupAgain',
          ),
          { type: 'open-onboarding' },
        ),
    { kind: 'separator' },
    action(t('core:tray.openDashboard'), { type: 'open-dashboard' }),
    action(t('core:tray.settings'), { type: 'open-settings' }),
    { kind: 'separator' },
    action(t('core:tray.quit'), { type: 'quit' }),
  ];

  return {
    icon: `tray-${paused ? 'paused' : status.trayState}`,
    tooltip: t('core:tray.tooltip', { status: statusLine }),
    menu,
  };
}
