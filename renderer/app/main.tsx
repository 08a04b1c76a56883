import { render } from 'preact';
import { poiseApi } from '../host/poise-api';
import { followLanguageSetting } from '../i18n/language-store';
import { App, type ViewSwitcher } from '../shell/App';
import { appViews } from './views';
import '../shell/shell.css';

/**
 * Electron's app window: dashboard, settings, onboarding and recalibration. The tray opens it at
 * #today, #settings, #onboarding or #recalibrate; when the window already exists, main sends the
 * view on app:show-view instead.
 */
const switcher: ViewSwitcher = { show: () => undefined };
const api = poiseApi();
followLanguageSetting(api);
const viewFromHash = (): string => location.hash.replace(/^#/, '') || 'today';
window.addEventListener('hashchange', () => switcher.show(viewFromHash()));
api.on('app:show-view', ({ view }) => switcher.show(view));

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
render(
  <App
    api={api}
    views={appViews(api, switcher)}
    initialView={viewFromHash()}
    switcher={switcher}
  />,
  root,
);
