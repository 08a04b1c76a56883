import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from './app-protocol';

/**
 * The lock-down every Poise window gets (after Electron Fiddle and Signal Desktop). Kept in one
 * place so a test can check each setting through a fake `electron`.
 */
export function secureWebPreferences(
  preloadPath: string,
  extra: Partial<WebPreferences> = {},
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A middle-click on a link would ask for a new window; setWindowOpenHandler denies it anyway,
    // but switching the feature off means the request never starts (Electronegativity AUXCLICK).
    disableBlinkFeatures: 'Auxclick',
    ...extra,
  };
}

const isAppUrl = (url: string): boolean => URL.canParse(url) && url.startsWith(`${APP_ORIGIN}/`);

/** No pop-ups, no navigation away from the app, no <webview>. */
export function hardenWebContents(
  contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>,
): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type PermissionRequestDetails = { mediaTypes?: readonly string[]; requestingUrl?: string };

/** Camera video for our own pages is the only permission Poise ever grants. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  details: PermissionRequestDetails = {},
): boolean {
  if (permission !== 'media') return false;
  if (!isAppUrl(requestingUrl)) return false;
  const mediaTypes = details.mediaTypes ?? ['video'];
  return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}

/** Is this request allowed to happen at all? Only the app's own protocol (and in-page data). */
export function isRequestAllowed(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const protocol = new URL(url).protocol;
  return (
    protocol === `${APP_SCHEME}:` ||
    protocol === 'data:' ||
    protocol === 'blob:' ||
    protocol === 'devtools:'
  );
}

export function hardenSession(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'
  >,
): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = (details as { requestingUrl?: string }).requestingUrl ?? contents.getURL();
    callback(isPermissionAllowed(permission, url, details as PermissionRequestDetails));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const url = (details as { requestingUrl?: string }).requestingUrl ?? `${requestingOrigin}/`;
    return isPermissionAllowed(permission === 'media' ? 'media' : permission, url, {
      mediaTypes: (details as { mediaType?: string }).mediaType
        ? [(details as { mediaType: string }).mediaType]
        : ['video'],
    });
  });
  // Every request that is not to the app's own protocol is cancelled: Poise never talks to a network.
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });
}
