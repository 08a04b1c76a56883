import { useEffect, useState } from 'preact/hooks';
import type { BreakPromptView } from '../../shared/core/break-prompt-view';
import type { PoiseApi } from '../../shared/ipc/contract';
import { browserNotificationPermission } from '../host/browser/browser-notifications';
import { CoachLayer } from '../overlay/CoachLayer';
import { useCoachFeedback } from '../overlay/use-coach-feedback';
import { App, type ViewSwitcher } from '../shell/App';
import { BreakView, type BreakRequest } from '../shell/views/BreakView';
import { sharedViews } from '../shell/views/shared-views';
import { useSettings } from '../shell/views/use-settings';

const notifications = browserNotificationPermission(window);

/**
 * The browser host's page: the app shell, plus what Electron puts in separate windows — the glow
 * and break prompt (CoachLayer) and the break routine (a layer over the page).
 */
export function BrowserHostApp(props: {
  api: PoiseApi;
  switcher: ViewSwitcher;
  firstRun: boolean;
}) {
  const { api, switcher } = props;
  const settings = useSettings(api);
  const { glow, message } = useCoachFeedback(api);
  const [prompt, setPrompt] = useState<BreakPromptView | null>(null);
  const [breakRequest, setBreakRequest] = useState<BreakRequest | null>(null);

  useEffect(() => {
    const offPrompt = api.on('break:prompt', setPrompt);
    const offStart = api.on('break:start', setBreakRequest);
    return () => {
      offPrompt();
      offStart();
    };
  }, [api]);

  const command = (type: 'take-break' | 'postpone-break' | 'skip-break'): void =>
    void api.invoke(
      'app:command',
      type === 'take-break' ? { type, kind: prompt?.kind ?? 'micro' } : { type },
    );

  return (
    <>
      <App
        api={api}
        views={sharedViews(api, switcher, { notifications })}
        switcher={switcher}
        initialView={props.firstRun ? 'onboarding' : 'today'}
      />
      <CoachLayer
        glow={glow}
        message={message}
        prompt={prompt}
        onTakeNow={() => command('take-break')}
        onPostpone={() => command('postpone-break')}
        onSkip={() => command('skip-break')}
      />
      {/* The break covers the page itself, as a modal dialog (BreakView). */}
      {breakRequest && settings && (
        <BreakView
          api={api}
          request={breakRequest}
          settings={settings}
          onClose={() => setBreakRequest(null)}
        />
      )}
    </>
  );
}
