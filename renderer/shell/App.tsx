import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { initialAppStatus, type AppStatus } from '../../main/core/app-status';
import type { AppCommand } from '../../main/core/commands';
import { trayModel } from '../../main/core/tray/tray-model';
import { systemLocalTime } from '../../main/app/local-time';
import type { PoiseApi } from '../../main/ipc/contract';
import { LivePosture } from './LivePosture';
import { TrayMenu } from './tray-menu';
import { useWindowBadge } from './use-window-badge';

/** Lets the host's shell port (open dashboard, open settings, …) switch the visible view. */
export interface ViewSwitcher {
  show(viewId: string): void;
}

export interface ShellView {
  readonly id: string;
  readonly label: string;
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
  const [status, setStatus] = useState<AppStatus>(initialAppStatus);
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
        <h1 class="shell__brand">Poise</h1>
        <div class="shell__header-end">
          <p
            class={`status-pill status-pill--${status.trayState}`}
            role="status"
            aria-live="polite"
            data-testid="status"
          >
            {status.statusLine}
          </p>
          {!inSetup && <TrayMenu model={trayModel(status, systemLocalTime.formatTime)} run={run} />}
        </div>
      </header>
      {!calibrating && <LivePosture status={status} />}
      {notices.length > 0 && (
        <section class="notices" aria-label="Notices">
          {notices.map((message, index) => (
            <p key={index} class="notice" role="alert">
              {message}
              <button
                type="button"
                aria-label="Dismiss"
                onClick={() => setNotices((list) => list.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </p>
          ))}
        </section>
      )}
      <nav class="views-nav" aria-label="Sections">
        {props.views
          .filter((candidate) => !candidate.hiddenFromNav)
          .map((candidate) => (
            <button
              key={candidate.id}
              type="button"
              aria-current={candidate.id === view?.id ? 'page' : undefined}
              onClick={() => setViewId(candidate.id)}
            >
              {candidate.label}
            </button>
          ))}
      </nav>
      <main class="shell__main">{view?.render()}</main>
      <footer class="shell__footer">
        Poise works entirely on this device: camera frames never leave it and nothing is sent over
        any network.
      </footer>
    </div>
  );
}
