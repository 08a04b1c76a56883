import type { PoiseApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    readonly poise?: PoiseApi;
  }
}

let browserHost: PoiseApi | undefined;

/** The browser host's entry installs its in-page implementation of the contract here. */
export function installBrowserHost(api: PoiseApi): void {
  browserHost = api;
}

/**
 * Whether this page runs inside the desktop app (Electron's preload is there) rather than the
 * browser host: some settings (start at login, breaks on every display) mean nothing in a tab.
 */
export function isDesktopHost(): boolean {
  return window.poise !== undefined;
}

/**
 * The one way renderer code reaches "main". In Electron this is the preload bridge; in a plain
 * browser it is the browser host, which runs the same controller and pure core in the page behind
 * the same contract. Renderer code never needs to know which.
 */
export function poiseApi(): PoiseApi {
  const api = window.poise ?? browserHost;
  if (!api)
    throw new Error('Poise host not available: no preload bridge and no browser host installed.');
  return api;
}
