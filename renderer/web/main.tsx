import { render } from 'preact';
import type { ViewSwitcher } from '../shell/App';
import { createBrowserHost } from '../host/browser/browser-host';
import { installBrowserHost } from '../host/poise-api';
import { startPostureRuntime } from '../monitor/posture-runtime';
import { chimeOnSoundNudges } from '../overlay/chime';
import { currentWording, followLanguageSetting } from '../i18n/language-store';
import { BrowserHostApp } from './BrowserHostApp';
import '../shell/shell.css';

/**
 * The browser host entry: the whole app in one page. What Electron spreads over a tray and
 * several windows (monitor, app, break, overlay) lives here side by side, driven by the same
 * controller, core and contract.
 */
const switcher: ViewSwitcher = { show: () => undefined };

const host = createBrowserHost(window, {
  openDashboard: () => switcher.show('today'),
  openSettings: () => switcher.show('settings'),
  openOnboarding: () => switcher.show('onboarding'),
  openRecalibration: () => switcher.show('recalibrate'),
  // The break layer and the glow follow break:start and coach:feedback in BrowserHostApp.
  openBreak: () => undefined,
  closeBreak: () => undefined,
  showGlow: () => undefined,
  quit: () => {
    void host.controller.dispose();
    document.body.textContent = currentWording().t('shell:stopped');
  },
});
installBrowserHost(host.api);
followLanguageSetting(host.api);

chimeOnSoundNudges(host.api);
const firstRun = !host.controller.settings().firstRunComplete;
void startPostureRuntime(host.api);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
render(<BrowserHostApp api={host.api} switcher={switcher} firstRun={firstRun} />, root);
