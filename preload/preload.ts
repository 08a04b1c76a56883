import { contextBridge, ipcRenderer } from 'electron';
import type { PoiseApi } from '../shared/ipc/contract';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  REPLAYED_EVENT_CHANNELS,
  SEND_CHANNELS,
} from '../shared/ipc/channels';

/**
 * The whole bridge between a sandboxed window and main. It exposes three functions, and each
 * refuses channel names outside the contract, so a compromised page cannot reach arbitrary IPC.
 */
const invokeChannels = new Set<string>(INVOKE_CHANNELS);
const sendChannels = new Set<string>(SEND_CHANNELS);
const eventChannels = new Set<string>(EVENT_CHANNELS);
const replayedChannels = new Set<string>(REPLAYED_EVENT_CHANNELS);

const api: PoiseApi = {
  invoke(channel, ...args) {
    if (!invokeChannels.has(channel))
      return Promise.reject(new Error(`Unknown channel ${channel}`));
    return ipcRenderer.invoke(channel, ...args);
  },
  send(channel, ...args) {
    if (!sendChannels.has(channel)) throw new Error(`Unknown channel ${channel}`);
    ipcRenderer.send(channel, ...args);
  },
  on(channel, listener) {
    if (!eventChannels.has(channel)) throw new Error(`Unknown channel ${channel}`);
    let live = true;
    let heardSince = false;
    // Never hand the IpcRendererEvent (and its sender) to the page.
    const wrapped = (_event: unknown, payload: unknown): void => {
      heardSince = true;
      listener(payload as never);
    };
    ipcRenderer.on(channel, wrapped);
    // A window that starts listening after main sent the latest state (it opened later, or its
    // page was still loading) asks for it once, as the browser host hands it to new listeners.
    // A newer event that arrives first wins: the answer would be older than it.
    if (replayedChannels.has(channel)) {
      void ipcRenderer.invoke('events:latest', channel).then((payload: unknown) => {
        if (live && !heardSince && payload !== null) listener(payload as never);
      });
    }
    return () => {
      live = false;
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('poise', api);
