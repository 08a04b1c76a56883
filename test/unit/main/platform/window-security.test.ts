import fc from 'fast-check';
import type { Session, WebContents } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isPermissionAllowed,
} from '../../../../main/platform/window-security';
import {
  openWindow,
  pageUrl,
  windowOptions,
  type MakeWindow,
  type WindowName,
} from '../../../../main/platform/windows';
import { createFakeElectron, type FakeElectron } from '../../../support/fake-electron';
import type { FakeBrowserWindow } from '../../../support/fake-electron/browser-window';
import { FakeSession } from '../../../support/fake-electron/session';
import { FakeWebContents } from '../../../support/fake-electron/web-contents';

// The adapters take Electron objects as arguments: the shared fake's stand in for them. The mock
// makes sure nothing under test reaches the `electron` package itself.
vi.mock('electron', async () =>
  (await import('../../../support/fake-electron/vitest-mock')).forbiddenElectron('window security'),
);

const WINDOWS = ['monitor', 'app', 'break', 'overlay'] as const satisfies readonly WindowName[];
type MissingWindow = Exclude<WindowName, (typeof WINDOWS)[number]>;
const everyWindowListed: [MissingWindow] extends [never] ? true : false = true;
const PRELOAD = '/opt/Poise/resources/app.asar/dist/preload/preload.cjs';

let electron: FakeElectron;
beforeAll(() => {
  electron = createFakeElectron();
  return electron.becomeReady();
});

/**
 * Windows made by the fake BrowserWindow. For each it notes whether, when its page began to load,
 * the page was already locked down (window.open denied, navigation away prevented).
 */
function fakeWindowFactory() {
  const made: { window: FakeBrowserWindow; hardenedBeforeLoad: boolean }[] = [];
  const make = (options: Electron.BrowserWindowConstructorOptions) => {
    const window = new electron.BrowserWindow(options);
    const entry = { window, hardenedBeforeLoad: false };
    const load = window.loadURL.bind(window);
    window.loadURL = (url: string) => {
      const { webContents } = window;
      entry.hardenedBeforeLoad =
        webContents.requestWindowOpen('https://example.com/').action === 'deny' &&
        !webContents.attemptNavigation('https://example.com/');
      return load(url);
    };
    made.push(entry);
    return window;
  };
  // The fake implements what openWindow calls, typed by Electron's signatures; its EventEmitter
  // methods return the fake itself, not Electron's class, hence the cast.
  return { make: make as unknown as MakeWindow, made };
}

describe('window options', () => {
  it('lists every window kind', () => {
    expect(everyWindowListed).toBe(true);
  });

  it.each(WINDOWS)('%s: isolated, sandboxed, no Node, no webview, our preload', (name) => {
    const prefs = windowOptions(name, PRELOAD).webPreferences;
    expect(prefs).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(prefs?.disableBlinkFeatures).toContain('Auxclick');
    expect(prefs?.experimentalFeatures).not.toBe(true);
    expect(prefs?.enableBlinkFeatures).toBeUndefined();
  });

  it.each(WINDOWS)('%s starts hidden: the app decides when a window shows', (name) => {
    expect(windowOptions(name, PRELOAD).show).toBe(false);
  });

  it('the monitor is never throttled in the background, and stays out of the taskbar', () => {
    const monitor = windowOptions('monitor', PRELOAD);
    expect(monitor.webPreferences?.backgroundThrottling).toBe(false);
    expect(monitor.skipTaskbar).toBe(true);
  });

  it.each(['app', 'break', 'overlay'] as const)(
    '%s keeps normal background throttling (only the monitor needs to run unseen)',
    (name) => {
      expect(windowOptions(name, PRELOAD).webPreferences?.backgroundThrottling).not.toBe(false);
    },
  );

  it('the overlay is unfocusable, frameless, transparent and click-through', () => {
    const { make, made } = fakeWindowFactory();
    openWindow(make, 'overlay', PRELOAD);
    const overlay = made[0]!.window;
    expect(overlay.options).toMatchObject({
      focusable: false,
      frame: false,
      transparent: true,
      skipTaskbar: true,
    });
    expect(overlay.clickThrough).toBe(true);
  });

  it.each(['monitor', 'app', 'break'] as const)('%s takes mouse events as usual', (name) => {
    const { make, made } = fakeWindowFactory();
    openWindow(make, name, PRELOAD);
    expect(made[0]!.window.clickThrough).toBe(false);
  });

  it.each(WINDOWS)('%s is hardened before it loads its page from poise://app', (name) => {
    const { make, made } = fakeWindowFactory();
    openWindow(make, name, PRELOAD, '#today');
    const { window, hardenedBeforeLoad } = made[0]!;
    expect(hardenedBeforeLoad).toBe(true);
    expect(window.url).toBe(`poise://app/${name}.html#today`);
    expect(pageUrl(name)).toBe(`poise://app/${name}.html`);
  });
});

describe('hardenWebContents', () => {
  const hardened = () => {
    const contents = new FakeWebContents(1);
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  };

  it.each([
    'https://example.com/',
    'poise://app/app.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('window.open(%s) is denied', (url) => {
    expect(hardened().requestWindowOpen(url)).toEqual({ action: 'deny' });
  });

  it.each([
    'https://example.com/',
    'http://localhost:8080/',
    'file:///etc/passwd',
    'poise://other/app.html',
    'poise://app.evil.com/app.html',
    'poise://app@evil.com/app.html',
    'poise://app',
    'data:text/html,<h1>hi</h1>',
    'not a url',
  ])('navigation to %s is prevented (will-navigate and will-redirect)', (url) => {
    const contents = hardened();
    expect(contents.attemptNavigation(url, 'will-navigate')).toBe(false);
    expect(contents.attemptNavigation(url, 'will-redirect')).toBe(false);
  });

  it.each(['poise://app/app.html#settings', 'poise://app/break.html?kind=micro'])(
    'navigation inside the app (%s) is allowed',
    (url) => {
      const contents = hardened();
      expect(contents.attemptNavigation(url, 'will-navigate')).toBe(true);
      expect(contents.attemptNavigation(url, 'will-redirect')).toBe(true);
    },
  );

  it('a <webview> can never be attached', () => {
    expect(hardened().attachWebview()).toBe(false);
  });
});

/** A fake session locked down by hardenSession, asked what Chromium would ask. */
function hardenedSession() {
  const session = new FakeSession();
  hardenSession(session as unknown as Session);
  if (!session.handlesPermissions || !session.webRequest.watchedUrls)
    throw new Error('hardenSession left a handler out');
  const pageAt = (url: string) => {
    const contents = new FakeWebContents(1);
    void contents.loadURL(url);
    return contents;
  };
  return {
    filter: { urls: session.webRequest.watchedUrls },
    requestPermission: (permission: string, requestingUrl: string, details: object = {}) =>
      session.requestPermission(pageAt(requestingUrl), permission, details),
    checkPermission: (permission: string, requestingUrl: string, details: object = {}) =>
      session.checkPermission(
        pageAt(requestingUrl),
        permission,
        new URL(requestingUrl).origin,
        details,
      ),
    cancels: (url: string) => session.webRequest.cancels(url),
  };
}

describe('hardenSession: permissions', () => {
  const monitorPage = 'poise://app/monitor.html';

  it('grants camera video to the app’s own pages', () => {
    const session = hardenedSession();
    expect(session.requestPermission('media', monitorPage, { mediaTypes: ['video'] })).toBe(true);
    expect(session.checkPermission('media', monitorPage, { mediaType: 'video' })).toBe(true);
  });

  it.each([[['audio']], [['video', 'audio']], [[]]])('denies media types %j', (mediaTypes) => {
    expect(hardenedSession().requestPermission('media', monitorPage, { mediaTypes })).toBe(false);
  });

  it('denies a microphone check', () => {
    expect(hardenedSession().checkPermission('media', monitorPage, { mediaType: 'audio' })).toBe(
      false,
    );
  });

  it.each([
    'https://example.com/',
    'http://localhost/',
    'file:///home/user/page.html',
    'poise://other/monitor.html',
    'poise://app.evil.com/monitor.html',
  ])('denies the camera to %s', (url) => {
    const session = hardenedSession();
    expect(session.requestPermission('media', url, { mediaTypes: ['video'] })).toBe(false);
    expect(session.checkPermission('media', url, { mediaType: 'video' })).toBe(false);
  });

  it.each([
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'clipboard-read',
    'clipboard-sanitized-write',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'display-capture',
    'mediaKeySystem',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'storage-access',
    'window-management',
  ])('denies %s, even to the app', (permission) => {
    const session = hardenedSession();
    expect(session.requestPermission(permission, monitorPage)).toBe(false);
    expect(session.checkPermission(permission, monitorPage)).toBe(false);
  });

  it('property: nothing but media/video for poise://app/… is ever granted', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.oneof(fc.webUrl(), fc.constantFrom(monitorPage, 'poise://app/app.html')),
        fc.array(fc.constantFrom('video', 'audio', 'screen', ''), { maxLength: 3 }),
        (permission, url, mediaTypes) => {
          const granted = isPermissionAllowed(permission, url, { mediaTypes });
          const expected =
            permission === 'media' &&
            url.startsWith('poise://app/') &&
            mediaTypes.length > 0 &&
            mediaTypes.every((t) => t === 'video');
          expect(granted).toBe(expected);
        },
      ),
    );
  });
});

describe('hardenSession: requests', () => {
  it('watches every URL', () => {
    expect(hardenedSession().filter.urls).toEqual(['<all_urls>']);
  });

  it.each([
    'http://example.com/',
    'https://example.com/model.json',
    'https://tfhub.dev/google/movenet',
    'ws://localhost:9222/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/',
    'chrome-extension://abc/page.html',
    'not a url',
  ])('cancels %s', (url) => {
    expect(hardenedSession().cancels(url)).toBe(true);
  });

  it.each([
    'poise://app/monitor.html',
    'poise://app/models/movenet-lightning/model.json',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:poise://app/1f0c1f2e-0000-4000-8000-000000000000',
  ])('allows %s', (url) => {
    expect(hardenedSession().cancels(url)).toBe(false);
  });
});
