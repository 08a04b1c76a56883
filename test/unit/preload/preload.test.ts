import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PoiseApi } from '../../../shared/ipc/contract';

/**
 * The preload against a fake ipcRenderer: Electron itself is not available here. What matters is
 * the bridge's own logic, above all handing a late listener the state main sent before it
 * listened (the monitor window opens after the controller's first "run the camera").
 */
const bridge = vi.hoisted(() => ({
  exposed: undefined as unknown,
  listeners: new Map<string, ((event: unknown, payload: unknown) => void)[]>(),
  latest: new Map<string, unknown>(),
  invoked: [] as unknown[][],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (_key: string, api: unknown) => (bridge.exposed = api) },
  ipcRenderer: {
    on(channel: string, listener: (event: unknown, payload: unknown) => void) {
      bridge.listeners.set(channel, [...(bridge.listeners.get(channel) ?? []), listener]);
    },
    removeListener(channel: string, listener: unknown) {
      bridge.listeners.set(
        channel,
        (bridge.listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
    invoke(...args: unknown[]) {
      bridge.invoked.push(args);
      return Promise.resolve(
        args[0] === 'events:latest' ? (bridge.latest.get(args[1] as string) ?? null) : undefined,
      );
    },
    send: vi.fn(),
  },
}));

const emit = (channel: string, payload: unknown) =>
  (bridge.listeners.get(channel) ?? []).forEach((listener) => listener({}, payload));
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function loadApi(): Promise<PoiseApi> {
  vi.resetModules();
  await import('../../../preload/preload');
  return bridge.exposed as PoiseApi;
}

describe('preload bridge', () => {
  beforeEach(() => {
    bridge.listeners.clear();
    bridge.latest.clear();
    bridge.invoked = [];
  });

  it('hands a late listener the latest state main already sent', async () => {
    bridge.latest.set('monitor:control', { run: true, mode: 'normal' });
    const api = await loadApi();
    const heard: unknown[] = [];
    api.on('monitor:control', (payload) => heard.push(payload));
    await settle();
    expect(heard).toEqual([{ run: true, mode: 'normal' }]);
    emit('monitor:control', { run: false, mode: 'normal' });
    expect(heard).toEqual([
      { run: true, mode: 'normal' },
      { run: false, mode: 'normal' },
    ]);
  });

  it('never lets the older replayed state overwrite a newer live event', async () => {
    bridge.latest.set('monitor:control', { run: true, mode: 'normal' });
    const api = await loadApi();
    const heard: unknown[] = [];
    api.on('monitor:control', (payload) => heard.push(payload));
    emit('monitor:control', { run: false, mode: 'normal' });
    await settle();
    expect(heard).toEqual([{ run: false, mode: 'normal' }]);
  });

  it('asks only for replayed channels, and not for a listener already removed', async () => {
    bridge.latest.set('app:status', { statusLine: 'Sitting well' });
    const api = await loadApi();
    const heard: unknown[] = [];
    api.on('history:changed', (payload) => heard.push(payload));
    const off = api.on('app:status', (payload) => heard.push(payload));
    off();
    await settle();
    expect(bridge.invoked).toEqual([['events:latest', 'app:status']]);
    expect(heard).toEqual([]);
  });
});
