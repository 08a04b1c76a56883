import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { poiseApi } from '../host/poise-api';
import { followLanguageSetting } from '../i18n/language-store';
import { useT } from '../i18n/use-wording';
import { BreakView, type BreakRequest } from '../shell/views/BreakView';
import { useSettings } from '../shell/views/use-settings';
import '../shell/shell.css';

/** Electron's break window: the routine for this break; it closes itself when the routine ends. */
function BreakWindow() {
  const api = poiseApi();
  const t = useT();
  const settings = useSettings(api);
  const [request, setRequest] = useState<BreakRequest | null>(null);
  useEffect(() => api.on('break:start', setRequest), [api]);
  if (!request || !settings) return <p>{t('routines:breakView.gettingReady')}</p>;
  return (
    <BreakView api={api} request={request} settings={settings} onClose={() => window.close()} />
  );
}

/** What the other displays show during a break when breaks cover every display. */
function BreakCover() {
  const t = useT();
  return (
    <main class="break-cover">
      <h1>{t('routines:breakView.coverTitle')}</h1>
      <p>{t('routines:breakView.coverText')}</p>
    </main>
  );
}

followLanguageSetting(poiseApi());
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
render(location.hash === '#cover' ? <BreakCover /> : <BreakWindow />, root);
