import { createAppController, type AppController } from '../../../main/app/app-controller';
import type { Shell } from '../../../main/app/ports';
import {
  invokeContract,
  sendContract,
  type EventChannel,
  type EventPayloads,
  type PoiseApi,
} from '../../../main/ipc/contract';
import { openBrowserSettings } from './browser-settings';
import { systemLocalTime } from '../../../main/app/local-time';

type Listener = (payload: never) => void;

export interface BrowserHost {
  readonly api: PoiseApi;
  readonly controller: AppController;
}

/**
 * The browser host: Poise's controller and pure core running in the page, behind exactly the
 * contract the Electron preload exposes. Arguments are checked with the same schemas, so a flow
 * tested here exercises the same validation as the desktop app.
 */
export function createBrowserHost(win: Window, shell: Shell): BrowserHost {
  const listeners = new Map<EventChannel, Set<Listener>>();
  const replay = new Map<EventChannel, unknown>();
  const emit = <C extends EventChannel>(channel: C, payload: EventPayloads[C]): void => {
    // Notices and the latest status are replayed to late subscribers (the UI mounts after start-up).
    if (channel === 'app:notice' || channel === 'app:status') replay.set(channel, payload);
    for (const listener of listeners.get(channel) ?? [])
      (listener as (p: EventPayloads[C]) => void)(payload);
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
    notifier: {
      notify(title, body) {
        if (!('Notification' in win)) return;
        if (Notification.permission === 'granted') new Notification(title, { body, silent: true });
      },
    },
    settings: settings.port,
    broadcast: { emit },
    shell,
  });
  if (settings.notice) emit('app:notice', { level: 'warning', message: settings.notice });

  const api: PoiseApi = {
    async invoke(channel, ...args) {
      const parsed = invokeContract[channel].args.safeParse(args);
      if (!parsed.success) throw new Error(`${channel}: refused, malformed arguments`);
      const data = parsed.data as unknown[];
      switch (channel) {
        case 'settings:get':
          return controller.settings() as never;
        case 'settings:update':
          return controller.updateSettings(data[0] as never) as never;
        case 'app:get-status':
          return controller.status() as never;
        case 'app:command':
          controller.command(data[0] as never);
          return undefined as never;
      }
      throw new Error(`Unknown channel ${String(channel)}`);
    },
    send(channel, ...args) {
      const parsed = sendContract[channel].args.safeParse(args);
      if (!parsed.success) {
        console.warn(`${channel}: dropped malformed message`);
        return;
      }
      const payload = (parsed.data as unknown[])[0];
      if (channel === 'posture:report') controller.postureReport(payload as never);
      else controller.monitorStatus(payload as never);
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
