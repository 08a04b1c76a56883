import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { hardenWebContents, secureWebPreferences } from './window-security';

export type WindowName = 'monitor' | 'app' | 'break' | 'overlay';

export type MakeWindow = (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Window options per kind. Pure data, so the security of each is checked in a table test. */
export function windowOptions(
  name: WindowName,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  const base = { show: false, title: 'Poise', autoHideMenuBar: true, backgroundColor: '#f7f6f2' };
  switch (name) {
    case 'monitor':
      // Hidden forever; it must keep sampling while no window is visible, so no throttling.
      return {
        ...base,
        width: 320,
        height: 240,
        skipTaskbar: true,
        webPreferences: secureWebPreferences(preloadPath, { backgroundThrottling: false }),
      };
    case 'app':
      return {
        ...base,
        width: 1080,
        height: 760,
        minWidth: 720,
        minHeight: 560,
        webPreferences: secureWebPreferences(preloadPath),
      };
    case 'break':
      return {
        ...base,
        width: 900,
        height: 680,
        center: true,
        alwaysOnTop: true,
        skipTaskbar: true,
        webPreferences: secureWebPreferences(preloadPath),
      };
    case 'overlay':
      // A soft glow at the screen edge: click-through, never focused, never in the taskbar.
      return {
        ...base,
        transparent: true,
        frame: false,
        focusable: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        hasShadow: false,
        resizable: false,
        backgroundColor: '#00000000',
        webPreferences: secureWebPreferences(preloadPath),
      };
  }
}

export function pageUrl(name: WindowName, hash = ''): string {
  return `${APP_ORIGIN}/${name}.html${hash}`;
}

/** Create, harden and load one window; the caller decides when to show it. */
export function openWindow(
  make: MakeWindow,
  name: WindowName,
  preloadPath: string,
  hash = '',
): BrowserWindow {
  const window = make(windowOptions(name, preloadPath));
  hardenWebContents(window.webContents);
  if (name === 'overlay') window.setIgnoreMouseEvents(true);
  void window.loadURL(pageUrl(name, hash));
  return window;
}
