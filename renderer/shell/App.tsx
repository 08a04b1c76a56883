import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { initialAppStatus, type AppStatus } from '../../shared/core/app-status';
import type { AppCommand } from '../../shared/core/commands';
import type { Translate } from '../../shared/core/i18n/translator';
import { trayModel } from '../../shared/core/tray/tray-model';
import { useWording } from '../i18n/use-wording';
import type { PoiseApi } from '../../shared/ipc/contract';
import { LivePosture } from './LivePosture';
import { TrayMenu } from './tray-menu';
import { useWindowBadge } from './use-window-badge';

/** Lets the host's shell port (open dashboard, open settings, …) switch the visible view. */
export interface ViewSwitcher {
  show(viewId: string): void;
}

export interface ShellView {
  readonly id: string;
  /** The section button's words, asked at each render so they follow the language. */
  readonly label: (t: Translate) => string;
  readonly render: () => ComponentChildren;
  /** Reached only from elsewhere (onboarding from settings), not from the section buttons. */
  readonly hiddenFromNav?: boolean;
}

/**
 * The app shell: status, notices, the tray's controls and the views. Used by the browser host and
 * by Electron's app window alike; everything it knows comes through the PoiseApi contract.
 */
export function App(props: {
  api: PoiseApi;
  views: readonly ShellView[];
  initialView?: string;
  switcher?: ViewSwitcher;
}) {
  const [latestStatus, setStatus] = useState<AppStatus | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [viewId, setViewId] = useState(props.initialView ?? props.views[0]?.id ?? '');

  useEffect(() => {
    void props.api.invoke('app:get-status').then(setStatus);
    const offStatus = props.api.on('app:status', setStatus);
    const offNotice = props.api.on('app:notice', (notice) =>
      setNotices((list) => [...list, notice.message]),
    );
    return () => {
      offStatus();
      offNotice();
    };
  }, [props.api]);

  useEffect(() => {
    if (props.switcher) props.switcher.show = setViewId;
  }, [props.switcher]);

  const wording = useWording();
  const { t } = wording;
  // Until the first status arrives, say so in the person's language.
  const status = latestStatus ?? { ...initialAppStatus, statusLine: t('core:status.starting') };
  useWindowBadge(status);
  const run = (command: AppCommand): void => void props.api.invoke('app:command', command);
  const view = props.views.find((candidate) => candidate.id === viewId) ?? props.views[0];
  // Setup guides the person step by step: the menu would only distract (and offer setup while it
  // is already open). Recalibration keeps it, so Poise can still be paused from there.
  const inSetup = view?.id === 'onboarding';
  const calibrating = inSetup || view?.id === 'recalibrate';

  return (
    <div class="shell">
      <header class="shell__header">
        <h1 class="shell__brand">{t('appName')}</h1>
        <div class="shell__header-end">
          <p
            class={`status-pill status-pill--${status.trayState}`}
            role="status"
            aria-live="polite"
            data-testid="status"
          >
            {status.statusLine}
          </p>
          {!inSetup && <TrayMenu model={trayModel(status, wording)} run={run} />}
        </div>
      </header>
      {!calibrating && <LivePosture status={status} />}
      {notices.length > 0 && (
        <section class="notices" aria-label={t('shell:notices.label')}>
          {notices.map((message, index) => (
            <p key={index} class="notice" role="alert">
              {message}
              <button
                type="button"
                aria-label={t('shell:notices.dismiss')}
                onClick={() => setNotices((list) => list.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </p>
          ))}
        </section>
      )}
      <nav class="views-nav" aria-label={t('shell:views.navLabel')}>
        {props.views
          .filter((candidate) => !candidate.hiddenFromNav)
          .map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              aria-current={candidate.id === view?.id ? 'page' : undefined}
              onClick={() => setViewId(candidate.id)}
            >
              {candidate.label(t)}
            </button>
          ))}
      </nav>
      <main class="shell__main">{view?.render()}</main>
      <footer class="shell__footer">{t('shell:footer')}</footer>
    </div>
  );
}
