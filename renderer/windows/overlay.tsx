import { render } from 'preact';
import { poiseApi } from '../host/poise-api';
import { followLanguageSetting } from '../i18n/language-store';
import { Glow } from '../overlay/Glow';
import { useCoachFeedback } from '../overlay/use-coach-feedback';
import '../overlay/overlay-window.css';

/** Electron's click-through overlay window: nothing but the glow at the screen edge. */
function OverlayWindow() {
  const { glow, message } = useCoachFeedback(poiseApi());
  return <Glow state={glow} message={message} />;
}

followLanguageSetting(poiseApi());
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
render(<OverlayWindow />, root);
