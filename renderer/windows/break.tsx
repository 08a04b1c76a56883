import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { poiseApi } from '../host/poise-api';
import { BreakView, type BreakRequest } from '../shell/views/BreakView';
import { useSettings } from '../shell/views/use-settings';
import '../shell/shell.css';

/** Electron's break window: the routine for this break; it closes itself when the routine ends. */
function BreakWindow() {
  const api = poiseApi();
  const settings = useSettings(api);
  const [request, setRequest] = useState<BreakRequest | null>(null);
  useEffect(() => api.on('break:start', setRequest), [api]);
  if (!request || !settings) return <p>Getting your break ready…</p>;
  return (
    <BreakView api={api} request={request} settings={settings} onClose={() => window.close()} />
  );
}

/** What the other displays show during a break when breaks cover every display. */
function BreakCover() {
  return (
    <main class="break-cover">
      <h1>Break time</h1>
      <p>Your routine is on your main display. This screen clears when the break is over.</p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
render(location.hash === '#cover' ? <BreakCover /> : <BreakWindow />, root);
