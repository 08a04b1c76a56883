import type { AppStatus, TrayState } from '../app-status';
import type { AppCommand } from '../commands';
import type { PostureWatching } from '../posture-watching';

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

const SETUP_LABELS: Record<Exclude<PostureWatching, 'on'>, string> = {
  'needs-setup': 'Finish setting up Poise…',
  off: 'Run setup again…',
};

/** `formatTime` turns epoch ms into the user's local clock time; injected to keep this pure. */
export function trayModel(status: AppStatus, formatTime: (ms: number) => string): TrayModel {
  const paused = status.pausedUntilMs !== null;
  const statusLine =
    paused && status.pausedUntilMs !== null
      ? `Paused until ${formatTime(status.pausedUntilMs)}`
      : status.statusLine;

  const menu: TrayMenuItem[] = [
    { kind: 'label', label: statusLine },
    { kind: 'separator' },
    paused
      ? action('Resume monitoring', { type: 'resume' })
      : {
          kind: 'submenu',
          label: 'Pause',
          enabled: !status.onBreak,
          items: [
            action('For 30 minutes', { type: 'pause', minutes: 30 }),
            action('For 1 hour', { type: 'pause', minutes: 60 }),
            action('Until tomorrow', { type: 'pause-until-tomorrow' }),
          ],
        },
    action('Take a break now', { type: 'take-break', kind: 'micro' }, !status.onBreak),
    // Until the person agrees to posture watching, setup takes recalibration's place: it is the
    // way to the camera, and it stays in view for as long as the camera is off by their choice.
    status.watching === 'on'
      ? action(
          'Recalibrate posture',
          { type: 'recalibrate' },
          !paused && !status.onBreak && status.monitor.kind !== 'error',
        )
      : action(SETUP_LABELS[status.watching], { type: 'open-onboarding' }),
    { kind: 'separator' },
    action('Open dashboard', { type: 'open-dashboard' }),
    action('Settings…', { type: 'open-settings' }),
    { kind: 'separator' },
    action('Quit Poise', { type: 'quit' }),
  ];

  return {
    icon: `tray-${paused ? 'paused' : status.trayState}`,
    tooltip: `Poise: ${statusLine}`,
    menu,
  };
}
