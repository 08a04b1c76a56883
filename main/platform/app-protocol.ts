import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

/** Poise's own origin. Windows load poise://app/NAME.html; nothing else is ever loaded. */
export const APP_SCHEME = 'poise';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface AppFileRoots {
  /** The built renderer (dist/renderer). */
  readonly renderer: string;
  /** The pose models: resources/models when packaged, the repository's models/ in development. */
  readonly models: string;
}

/**
 * Map a poise://app URL to a file inside one of the roots, or null. Pure except for path
 * arithmetic, so traversal attempts (`..`, encoded slashes) are tested directly.
 */
export function resolveAppFile(url: string, roots: AppFileRoots): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  // poise://user@app/ parses with host "app"; our pages never carry credentials, so refuse them.
  if (parsed.username !== '' || parsed.password !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const [root, rest] = pathname.startsWith('/models/')
    ? [roots.models, pathname.slice('/models/'.length)]
    : [roots.renderer, pathname.slice(1) || 'index.html'];
  const file = resolve(root, rest);
  // Strictly inside the root: the root itself is a folder, never a file to serve.
  return file.startsWith(root + sep) ? file : null;
}

/** Must run before app 'ready': the scheme is secure, standard and may use fetch (for the model). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, roots: AppFileRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, roots);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
