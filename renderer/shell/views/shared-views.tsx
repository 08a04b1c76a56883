import type { PoiseApi } from '../../../shared/ipc/contract';
import type { NotificationPermissionPort } from '../../onboarding/types';
import type { ShellView, ViewSwitcher } from '../App';
import { SettingsView } from '../../settings/SettingsView';
import { HelpView } from './HelpView';
import { OnboardingView } from './OnboardingView';
import { RecalibrationView } from './RecalibrationView';
import { RoutinesView } from './RoutinesView';
import { TodayView } from './TodayView';

/** What only one host has; absent means the host does not need it. */
export interface HostCapabilities {
  /** A browser asks before it shows notifications; Electron's main process needs no permission. */
  readonly notifications?: NotificationPermissionPort;
}

/** The views both hosts show: Electron's app window and the browser host page. */
export function sharedViews(
  api: PoiseApi,
  switcher: ViewSwitcher,
  host: HostCapabilities = {},
): ShellView[] {
  return [
    { id: 'today', label: (t) => t('shell:views.today'), render: () => <TodayView api={api} /> },
    {
      id: 'routines',
      label: (t) => t('shell:views.routines'),
      render: () => <RoutinesView api={api} />,
    },
    {
      id: 'settings',
      label: (t) => t('shell:views.settings'),
      render: () => <SettingsView api={api} onRunOnboarding={() => switcher.show('onboarding')} />,
    },
    {
      id: 'help',
      label: (t) => t('shell:views.help'),
      render: () => <HelpView onClose={() => switcher.show('today')} />,
    },
    {
      id: 'onboarding',
      label: (t) => t('shell:views.onboarding'),
      hiddenFromNav: true,
      render: () => (
        <OnboardingView
          api={api}
          onDone={() => switcher.show('today')}
          notifications={host.notifications}
        />
      ),
    },
    {
      id: 'recalibrate',
      label: (t) => t('shell:views.recalibrate'),
      hiddenFromNav: true,
      render: () => <RecalibrationView api={api} onDone={() => switcher.show('today')} />,
    },
  ];
}
