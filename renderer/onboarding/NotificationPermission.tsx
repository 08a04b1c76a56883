import { useState } from 'preact/hooks';
import { useT } from '../i18n/use-wording';
import type { NotificationPermissionPort, NotificationPermissionState } from './types';

/**
 * Asks for notification permission on the person's click, with the reason next to the button:
 * browsers show their prompt only after a click, and a prompt out of the blue on page load is
 * how sites earn a "Block".
 */
export function NotificationPermission(props: { port: NotificationPermissionPort }) {
  const [state, setState] = useState<NotificationPermissionState>(() => props.port.current());
  const [asking, setAsking] = useState(false);
  const t = useT();

  const ask = (): void => {
    setAsking(true);
    void props.port
      .request()
      .then(setState, () => setState(props.port.current()))
      .finally(() => setAsking(false));
  };

  return (
    <div class="ob-notifications">
      <h3>{t('onboarding:notifications.title')}</h3>
      {state === 'default' && (
        <>
          <p>{t('onboarding:notifications.why')}</p>
          <button type="button" onClick={ask} disabled={asking}>
            {t('onboarding:notifications.allow')}
          </button>
        </>
      )}
      <p role="status" class={state === 'granted' ? 'ob-ok' : 'ob-muted'}>
        {state === 'default' ? '' : t(`onboarding:notifications.${state}`)}
      </p>
    </div>
  );
}
