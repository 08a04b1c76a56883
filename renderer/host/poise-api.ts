import type { PoiseApi } from '../../main/ipc/contract';
import { createBrowserHost } from './browser/browser-host';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    readonly poise?: PoiseApi;
  }
}

let browserHost: PoiseApi | undefined;

/**
 * The one way renderer code reaches "main". In Electron this is the preload bridge; in a plain
 * browser it is the browser host, which runs the same pure core in the page behind the same
 * contract. Renderer code never needs to know which.
 */
export function poiseApi(): PoiseApi {
  if (window.poise) return window.poise;
  browserHost ??= createBrowserHost(window);
  return browserHost;
}

export function isBrowserHost(): boolean {
  return !window.poise;
}
