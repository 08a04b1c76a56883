import { createAppController, type AppController } from '../../../shared/app/app-controller';
import { contractHandlers } from '../../../shared/app/contract-handlers';
import { systemLocalTime } from '../../../shared/app/local-time';
import { REPLAYED_EVENT_CHANNELS } from '../../../shared/ipc/channels';
import type { Shell } from '../../../shared/app/ports';
import { settingsNotice } from '../../../shared/core/settings-notice';
import {
  invokeContract,
  sendContract,
  type EventChannel,
  type EventPayloads,
  type PoiseApi,
} from '../../../shared/ipc/contract';
import { createIndexedDbHistoryStore } from '../../history/indexeddb-history-store';
import { openBrowserBaselines } from './browser-baselines';
import { openBrowserSettings } from './browser-settings';

type Listener = (payload: never) => void;

export interface BrowserHost {
  readonly api: PoiseApi;
  readonly controller: AppController;
}

/** The shared list (shared/ipc/channels.ts): the UI mounts after start-up and needs these at once. */
const REPLAYED: ReadonlySet<EventChannel> = new Set<EventChannel>(REPLAYED_EVENT_CHANNELS);

/**
 * The browser host: Poise's controller and pure core running in the page, behind exactly the
 * contract the Electron preload exposes. Arguments are checked with the same schemas, so a flow
 * tested here exercises the same validation as the desktop app.
 */
export function createBrowserHost(win: Window, shell: Shell): BrowserHost {
  const listeners = new Map<EventChannel, Set<Listener>>();
  const replay = new Map<EventChannel, unknown>();
  const emit = <C extends EventChannel>(channel: C, payload: EventPayloads[C]): void => {
    if (REPLAYED.has(channel)) replay.set(channel, payload);
    for (const listener of listeners.get(channel) ?? []) {
      (listener as (p: EventPayloads[C]) => void)(payload);
    }
  };

  const settings = openBrowserSettings(win.localStorage, Date.now());
  const controller = createAppController({
    clock: { now: () => Date.now() },
    ticker: {
      every(ms, tick) {
        const id = win.setInterval(tick, ms);
        return () => win.clearInterval(id);
      },
    },
    localTime: systemLocalTime,
    languages: { systemLocales: () => win.navigator.languages },
    notifier: {
      notify(title, body) {
        if (!('Notification' in win)) return;
        if (Notification.permission === 'granted') new Notification(title, { body, silent: true });
      },
    },
    settings: settings.port,
    baselines: openBrowserBaselines(win.localStorage),
    history: createIndexedDbHistoryStore('poise-history', win.indexedDB),
    broadcast: { emit },
    shell,
  });
  if (settings.problem)
    emit('app:notice', {
      level: 'warning',
      message: settingsNotice(settings.problem, null, controller.wording()),
    });

  const handlers = contractHandlers(
    controller,
    (channel) => (replay.get(channel) as EventPayloads[typeof channel] | undefined) ?? null,
  );

  const api: PoiseApi = {
    async invoke(channel, ...args) {
      const parsed = invokeContract[channel].args.safeParse(args);
      if (!parsed.success) throw new Error(`${channel}: refused, malformed arguments`);
      const handler = handlers.invoke[channel] as (...a: unknown[]) => unknown;
      return (await handler(...(parsed.data as unknown[]))) as never;
    },
    send(channel, ...args) {
      const parsed = sendContract[channel].args.safeParse(args);
      if (!parsed.success) {
        console.warn(`${channel}: dropped malformed message`);
        return;
      }
      const handler = handlers.send[channel] as (...a: unknown[]) => void;
      handler(...(parsed.data as unknown[]));
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      listeners.set(channel, set);
      set.add(listener as Listener);
      if (replay.has(channel)) queueMicrotask(() => listener(replay.get(channel) as never));
      return () => set.delete(listener as Listener);
    },
  };
  return { api, controller };
}
