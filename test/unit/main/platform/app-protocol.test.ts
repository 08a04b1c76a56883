import fc from 'fast-check';
import type { Protocol } from 'electron';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  resolveAppFile,
  serveAppProtocol,
  type AppFileRoots,
} from '../../../../main/platform/app-protocol';
import { repoRoot } from '../../../support/repo-paths';

vi.mock('electron', () => {
  throw new Error('the protocol adapter must not load electron at run time');
});

/**
 * A real folder tree: the renderer and models roots, and secrets beside them that no URL may
 * reach (one next to the roots, one inside a sibling folder whose name starts like a root's).
 */
let base: string;
let roots: AppFileRoots;
const files: Record<string, string | Buffer> = {
  'renderer/index.html': '<!doctype html><title>Poise</title>',
  'renderer/monitor.html': '<!doctype html><title>Monitor</title>',
  'renderer/assets/app-1234.js': 'console.log("poise")',
  'renderer/assets/app-1234.css': 'body { margin: 0 }',
  'renderer/assets/tfjs-backend-wasm.wasm': Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
  'renderer/assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'renderer/assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'renderer/assets/data.unknownext': 'opaque',
  'models/movenet/model.json': '{"format":"graph-model"}',
  'models/movenet/group1-shard1of1.bin': Buffer.from([1, 2, 3, 4, 5]),
  'secret.txt': 'the user’s secret',
  'renderer-private/secret.txt': 'also secret',
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'poise-protocol-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), content);
  }
  roots = { renderer: join(base, 'renderer'), models: join(base, 'models') };
});

const insideARoot = (file: string): boolean =>
  [roots.renderer, roots.models].some((root) => file.startsWith(root + sep));

describe('resolveAppFile', () => {
  it('maps app pages and assets into the renderer folder', () => {
    expect(resolveAppFile('poise://app/monitor.html', roots)).toBe(
      join(roots.renderer, 'monitor.html'),
    );
    expect(resolveAppFile('poise://app/assets/app-1234.js?v=1#x', roots)).toBe(
      join(roots.renderer, 'assets/app-1234.js'),
    );
    expect(resolveAppFile('poise://app/', roots)).toBe(join(roots.renderer, 'index.html'));
  });

  it('maps /models/ into the models folder (a different place once packaged)', () => {
    expect(resolveAppFile('poise://app/models/movenet/model.json', roots)).toBe(
      join(roots.models, 'movenet/model.json'),
    );
  });

  it.each([
    'poise://app/models/..%2F..%2Fsecret.txt',
    'poise://app/models/%2e%2e%2f%2e%2e%2fsecret.txt',
    'poise://app/models/..%2f..%2frenderer-private%2fsecret.txt',
    'poise://app/..%2Fsecret.txt',
    'poise://app/%2e%2e%2fsecret.txt',
    'poise://app/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'poise://app/assets/..%2F..%2F..%2Fsecret.txt',
    'poise://app/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'poise://app/monitor.html%00.png',
    'poise://app/%00',
    'poise://app/%E0%A4%A',
    'poise://other/monitor.html',
    'poise://app.evil.com/monitor.html',
    'poise://app:8080/monitor.html',
    'poise://user@app/monitor.html',
    'https://app/monitor.html',
    'file:///etc/passwd',
    'app/monitor.html',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, roots)).toBeNull();
  });

  it.each([
    'poise://app/../secret.txt',
    'poise://app/%2e%2e/secret.txt',
    'poise://app/%2E%2E/%2E%2E/etc/passwd',
    'poise://app/models/../../secret.txt',
  ])('a dot-segment URL (%s) is normalised by the URL parser and stays inside a root', (url) => {
    const file = resolveAppFile(url, roots);
    expect(file === null || insideARoot(file)).toBe(true);
  });

  it('property: whatever the path, the result is null or inside a root', () => {
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E%2E',
      '%2e',
      '..%2f',
      '..%2F',
      '%2f',
      '%5c',
      '..%5c',
      '%00',
      '%252e%252e',
      'models',
      'assets',
      'secret.txt',
      'renderer-private',
      'index.html',
      '',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const file = resolveAppFile(`poise://app/${segments.join('/')}`, roots);
        expect(file === null || insideARoot(file)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The handler serveAppProtocol registers, called the way Electron calls it. */
function servedBy(r: AppFileRoots) {
  let handler: ((request: Request) => Promise<Response> | Response) | undefined;
  const protocol = {
    handle: vi.fn((scheme: string, h: typeof handler) => {
      expect(scheme).toBe('poise');
      handler = h;
    }),
  };
  serveAppProtocol(protocol as unknown as Pick<Protocol, 'handle'>, r);
  if (!handler) throw new Error('no handler registered');
  const h = handler;
  return (url: string): Promise<Response> => Promise.resolve(h(new Request(url)));
}

describe('serveAppProtocol', () => {
  it.each([
    ['monitor.html', 'renderer/monitor.html', 'text/html; charset=utf-8'],
    ['', 'renderer/index.html', 'text/html; charset=utf-8'],
    ['assets/app-1234.js', 'renderer/assets/app-1234.js', 'text/javascript; charset=utf-8'],
    ['assets/app-1234.css', 'renderer/assets/app-1234.css', 'text/css; charset=utf-8'],
    ['assets/tfjs-backend-wasm.wasm', 'renderer/assets/tfjs-backend-wasm.wasm', 'application/wasm'],
    ['assets/icon.svg', 'renderer/assets/icon.svg', 'image/svg+xml'],
    ['assets/logo.png', 'renderer/assets/logo.png', 'image/png'],
    ['assets/data.unknownext', 'renderer/assets/data.unknownext', 'application/octet-stream'],
    ['models/movenet/model.json', 'models/movenet/model.json', 'application/json'],
    [
      'models/movenet/group1-shard1of1.bin',
      'models/movenet/group1-shard1of1.bin',
      'application/octet-stream',
    ],
  ])('serves poise://app/%s from disk as %s with %s', async (path, file, type) => {
    const response = await servedBy(roots)(`poise://app/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(Buffer.from(files[file]!))).toBe(true);
  });

  it.each([
    'poise://app/missing.html',
    'poise://app/assets',
    'poise://app/models/',
    'poise://app/models/..%2F..%2Fsecret.txt',
    'poise://app/..%2Fsecret.txt',
    'poise://app/..%2frenderer-private%2fsecret.txt',
    'poise://app/monitor.html%00.png',
    'poise://other/monitor.html',
  ])('answers 404 for %s', async (url) => {
    const response = await servedBy(roots)(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('the CSP allows only the app itself: no remote origins, no eval, no inline script', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });

  it('the scheme is registered as standard and secure, with fetch for the model', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'poise',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});

/**
 * Each page carries a <meta> copy of the CSP: it covers the browser host, and Electronegativity
 * (scripts/security-scan.mjs) only detects a CSP set by meta tag. Browsers ignore frame-ancestors
 * in a meta tag, so the copy is the header's policy without that directive.
 */
describe('the CSP <meta> in every renderer page', () => {
  const rendererDir = join(repoRoot, 'renderer');
  const pages = readdirSync(rendererDir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');

  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s carries the header policy without frame-ancestors', (page) => {
    const html = readFileSync(join(rendererDir, page), 'utf8');
    const metas = [
      ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/g),
    ];
    expect(metas.map((m) => m[1])).toEqual([metaPolicy]);
  });
});
