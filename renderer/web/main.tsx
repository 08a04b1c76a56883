import { render } from 'preact';
import { createBrowserHost } from '../host/browser/browser-host';
import { installBrowserHost } from '../host/poise-api';
import { App, type ViewSwitcher } from '../shell/App';
import { browserViews } from './views';
import '../shell/shell.css';

/**
 * The browser host entry: the whole app in one page. What Electron spreads over a tray and
 * several windows (monitor, dashboard, break) lives here side by side, driven by the same
 * controller and core.
 */
const switcher: ViewSwitcher = { show: () => undefined };

const host = createBrowserHost(window, {
  openDashboard: () => switcher.show('today'),
  openSettings: () => switcher.show('settings'),
  openBreak: () => switcher.show('break'),
  closeBreak: () => switcher.show('today'),
  openOnboarding: () => switcher.show('onboarding'),
  showGlow: () => undefined,
  quit: () => {
    void host.controller.dispose();
    document.body.textContent = 'Poise has stopped. Reload the page to start it again.';
  },
});
installBrowserHost(host.api);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
render(<App api={host.api} views={browserViews(host.api, switcher)} switcher={switcher} />, root);
