import fc from 'fast-check';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
} from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isPermissionAllowed,
} from '../../../../main/platform/window-security';
import {
  openWindow,
  pageUrl,
  windowOptions,
  type WindowName,
} from '../../../../main/platform/windows';

// The adapters take Electron objects as arguments, so the fakes below stand in for them. The mock
// makes sure nothing under test reaches the real `electron` package (which, without its binary,
// would throw on load).
vi.mock('electron', () => {
  throw new Error('window security must not load electron at run time');
});

const WINDOWS = ['monitor', 'app', 'break', 'overlay'] as const satisfies readonly WindowName[];
type MissingWindow = Exclude<WindowName, (typeof WINDOWS)[number]>;
const everyWindowListed: [MissingWindow] extends [never] ? true : false = true;
const PRELOAD = '/opt/Poise/resources/app.asar/dist/preload/preload.cjs';

type Listener = (...args: unknown[]) => void;

/** A webContents that records its handlers so a test can fire the events Electron would. */
function fakeWebContents(id = 1) {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  return {
    id,
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    }),
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    }),
    /** Fire an event; returns whether some listener called preventDefault. */
    fire(event: string, ...args: unknown[]): boolean {
      let prevented = false;
      const domEvent = { preventDefault: () => (prevented = true) };
      for (const listener of listeners.get(event) ?? []) listener(domEvent, ...args);
      return prevented;
    },
    openWindow: (url: string) => openHandler?.({ url }),
    hasListener: (event: string) => (listeners.get(event)?.length ?? 0) > 0,
  };
}

function fakeWindowFactory() {
  const made: { options: BrowserWindowConstructorOptions; window: ReturnType<typeof fake> }[] = [];
  const fake = (options: BrowserWindowConstructorOptions) => ({
    webContents: fakeWebContents(made.length + 1),
    setIgnoreMouseEvents: vi.fn(),
    loadURL: vi.fn(() => Promise.resolve()),
    options,
  });
  const make = (options: BrowserWindowConstructorOptions): BrowserWindow => {
    const window = fake(options);
    made.push({ options, window });
    return window as unknown as BrowserWindow;
  };
  return { make, made };
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
    const overlay = made[0]!;
    expect(overlay.options).toMatchObject({
      focusable: false,
      frame: false,
      transparent: true,
      skipTaskbar: true,
    });
    expect(overlay.window.setIgnoreMouseEvents).toHaveBeenCalledWith(true);
  });

  it.each(['monitor', 'app', 'break'] as const)('%s takes mouse events as usual', (name) => {
    const { make, made } = fakeWindowFactory();
    openWindow(make, name, PRELOAD);
    expect(made[0]!.window.setIgnoreMouseEvents).not.toHaveBeenCalled();
  });

  it.each(WINDOWS)('%s is hardened before it loads its page from poise://app', (name) => {
    const { make, made } = fakeWindowFactory();
    openWindow(make, name, PRELOAD, '#today');
    const { window } = made[0]!;
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(window.webContents.hasListener('will-navigate')).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith(`poise://app/${name}.html#today`);
    expect(pageUrl(name)).toBe(`poise://app/${name}.html`);
    const hardenedAt = window.webContents.setWindowOpenHandler.mock.invocationCallOrder[0]!;
    expect(hardenedAt).toBeLessThan(window.loadURL.mock.invocationCallOrder[0]!);
  });
});

describe('hardenWebContents', () => {
  const hardened = () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as unknown as Pick<WebContents, 'setWindowOpenHandler' | 'on'>);
    return contents;
  };

  it.each([
    'https://example.com/',
    'poise://app/app.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('window.open(%s) is denied', (url) => {
    expect(hardened().openWindow(url)).toEqual({ action: 'deny' });
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
    expect(contents.fire('will-navigate', url)).toBe(true);
    expect(contents.fire('will-redirect', url)).toBe(true);
  });

  it.each(['poise://app/app.html#settings', 'poise://app/break.html?kind=micro'])(
    'navigation inside the app (%s) is allowed',
    (url) => {
      const contents = hardened();
      expect(contents.fire('will-navigate', url)).toBe(false);
      expect(contents.fire('will-redirect', url)).toBe(false);
    },
  );

  it('a <webview> can never be attached', () => {
    expect(hardened().fire('will-attach-webview', {}, {})).toBe(true);
  });
});

/** A session that records the handlers hardenSession installs. */
function hardenedSession() {
  let request:
    | ((
        contents: unknown,
        permission: string,
        callback: (ok: boolean) => void,
        details: unknown,
      ) => void)
    | undefined;
  let check:
    | ((contents: unknown, permission: string, origin: string, details: unknown) => boolean)
    | undefined;
  let beforeRequest:
    | {
        filter: { urls: string[] };
        listener: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
      }
    | undefined;
  const session = {
    setPermissionRequestHandler: (handler: typeof request) => (request = handler),
    setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    webRequest: {
      onBeforeRequest: (
        filter: { urls: string[] },
        listener: NonNullable<typeof beforeRequest>['listener'],
      ) => (beforeRequest = { filter, listener }),
    },
  };
  hardenSession(session as unknown as Session);
  if (!request || !check || !beforeRequest) throw new Error('hardenSession left a handler out');
  const contentsAt = (url: string) => ({ getURL: () => url });
  return {
    filter: beforeRequest.filter,
    requestPermission(permission: string, requestingUrl: string, details: object = {}): boolean {
      let granted: boolean | undefined;
      request!(contentsAt(requestingUrl), permission, (ok) => (granted = ok), {
        requestingUrl,
        ...details,
      });
      if (granted === undefined) throw new Error('permission callback never called');
      return granted;
    },
    checkPermission(permission: string, requestingUrl: string, details: object = {}): boolean {
      const origin = new URL(requestingUrl).origin;
      return check!(contentsAt(requestingUrl), permission, origin, { requestingUrl, ...details });
    },
    cancels(url: string): boolean {
      let cancel: boolean | undefined;
      beforeRequest!.listener({ url }, (response) => (cancel = response.cancel));
      if (cancel === undefined) throw new Error('request callback never called');
      return cancel;
    },
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
