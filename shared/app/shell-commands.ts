import type { AppCommand } from '../core/commands';
import type { Shell } from './ports';

/**
 * The window side of a command: opening a window or quitting is the platform's, with nothing for
 * the core to weigh. A command may also be a core event (eventForCommand); recalibrate is both.
 */
export function openWindowFor(command: AppCommand, shell: Shell): void {
  switch (command.type) {
    case 'open-dashboard':
      shell.openDashboard();
      return;
    case 'open-settings':
      shell.openSettings();
      return;
    case 'open-onboarding':
      shell.openOnboarding();
      return;
    case 'recalibrate':
      shell.openRecalibration();
      return;
    case 'quit':
      shell.quit();
      return;
  }
}
