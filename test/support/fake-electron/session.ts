import type { FakeContext } from './context';
import type { FakeWebContents } from './web-contents';

type Session = Electron.Session;
type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
// onBeforeRequest is overloaded; Parameters<> reads its last form, (listener).
type BeforeRequestListener = Parameters<Electron.WebRequest['onBeforeRequest']>[0];

/** Does a webRequest URL filter pattern match? '<all_urls>' or a glob with `*`. */
function matches(patterns: readonly string[], url: string): boolean {
  return patterns.some((pattern) => {
    if (pattern === '<all_urls>') return true;
    const glob = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${glob}$`).test(url);
  });
}

class FakeWebRequest {
  private beforeRequest: {
    urls: readonly string[];
    listener: NonNullable<BeforeRequestListener>;
  } | null = null;

  onBeforeRequest(
    filterOrListener: Electron.WebRequestFilter | BeforeRequestListener,
    maybeListener: BeforeRequestListener = null,
  ): void {
    const [urls, listener] =
      typeof filterOrListener === 'function' || filterOrListener === null
        ? [['<all_urls>'], filterOrListener]
        : [filterOrListener.urls, maybeListener];
    this.beforeRequest = listener ? { urls, listener } : null;
  }

  /** The URL patterns the app watches, or null when it watches none. */
  get watchedUrls(): readonly string[] | null {
    return this.beforeRequest?.urls ?? null;
  }

  /** A page requests `url`: true when the app's listener cancels it. */
  cancels(url: string): boolean {
    const watch = this.beforeRequest;
    if (!watch || !matches(watch.urls, url)) return false;
    let answer: Electron.CallbackResponse | undefined;
    const details = { id: 1, url, method: 'GET', resourceType: 'other', referrer: '' };
    watch.listener(
      { ...details, timestamp: 0, uploadData: [] } as Electron.OnBeforeRequestListenerDetails,
      (response) => (answer = response),
    );
    // Electron holds the request until the callback runs: an unanswered one never completes.
    if (!answer) throw new Error(`the request to ${url} was never answered`);
    return answer.cancel === true;
  }
}

/**
 * The default session's permission handlers and request filter, with controls to ask them what
 * Chromium would ask. Like Electron's, it exists only once the app is ready.
 */
export class FakeSession implements Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> {
  readonly webRequest = new FakeWebRequest() satisfies ElectronWebRequestUsed;
  private requestHandler: RequestHandler = null;
  private checkHandler: CheckHandler = null;

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    this.checkHandler = handler;
  }

  get handlesPermissions(): boolean {
    return this.requestHandler !== null && this.checkHandler !== null;
  }

  /** A page asks for a permission (getUserMedia, say). Chromium grants it with no handler. */
  requestPermission(contents: FakeWebContents, permission: string, details: object = {}) {
    if (!this.requestHandler) return true;
    let granted: boolean | undefined;
    this.requestHandler(
      contents as unknown as Electron.WebContents,
      permission as Parameters<NonNullable<RequestHandler>>[1],
      (answer) => (granted = answer),
      { requestingUrl: contents.getURL(), isMainFrame: true, ...details },
    );
    if (granted === undefined) throw new Error(`the ${permission} request was never answered`);
    return granted;
  }

  /** Chromium checks a permission without asking (navigator.permissions.query, say). */
  checkPermission(
    contents: FakeWebContents | null,
    permission: string,
    requestingOrigin: string,
    details: object = {},
  ): boolean {
    if (!this.checkHandler) return true;
    return this.checkHandler(
      contents as unknown as Electron.WebContents | null,
      permission as Parameters<NonNullable<CheckHandler>>[1],
      requestingOrigin,
      {
        isMainFrame: true,
        ...(contents ? { requestingUrl: contents.getURL() } : {}),
        ...details,
      } as Electron.PermissionCheckHandlerHandlerDetails,
    );
  }
}

/** The part of Electron's webRequest Poise uses, with Electron's own parameters. */
type ElectronWebRequestUsed = Pick<Electron.WebRequest, 'onBeforeRequest'>;

/** `session`: its defaultSession throws before 'ready', as Electron's does. */
export function fakeSessionModule(context: FakeContext) {
  const defaultSession = new FakeSession();
  return {
    get defaultSession(): FakeSession {
      context.requireReady('session.defaultSession');
      return defaultSession;
    },
  };
}
