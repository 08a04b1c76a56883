import { useState } from 'preact/hooks';
import type { NotificationPermissionPort, NotificationPermissionState } from './types';

const RESULT: Record<Exclude<NotificationPermissionState, 'default'>, string> = {
  granted: 'Notifications are allowed: Poise will tell you when a break is due.',
  denied:
    'Notifications are blocked, so Poise shows breaks in this page only. You can allow them later in your browser’s settings for this site.',
};

/**
 * Asks for notification permission on the person's click, with the reason next to the button:
 * browsers show their prompt only after a click, and a prompt out of the blue on page load is
 * how sites earn a "Block".
 */
export function NotificationPermission(props: { port: NotificationPermissionPort }) {
  const [state, setState] = useState<NotificationPermissionState>(() => props.port.current());
  const [asking, setAsking] = useState(false);

  const ask = (): void => {
    setAsking(true);
    void props.port
      .request()
      .then(setState, () => setState(props.port.current()))
      .finally(() => setAsking(false));
  };

  return (
    <div class="ob-notifications">
      <h3>Notifications</h3>
      {state === 'default' && (
        <>
          <p>Let Poise tell you when a break is due, even while this tab is in the background.</p>
          <button type="button" onClick={ask} disabled={asking}>
            Allow notifications
          </button>
        </>
      )}
      <p role="status" class={state === 'granted' ? 'ob-ok' : 'ob-muted'}>
        {state === 'default' ? '' : RESULT[state]}
      </p>
    </div>
  );
}
