import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  resolveAppFile,
  serveAppProtocol,
  type AppFileRoots,
} from '../../../../main/platform/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/content-security-policy';
import { createFakeElectron } from '../../../support/fake-electron';

vi.mock('electron', async () =>
  (await import('../../../support/fake-electron/vitest-mock')).forbiddenElectron(
    'the protocol adapter',
  ),
);

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

/** serveAppProtocol on the fake protocol: fetch a URL the way a page of the app would. */
function servedBy(r: AppFileRoots) {
  const { protocol } = createFakeElectron();
  serveAppProtocol(protocol, r);
  expect(protocol.isProtocolHandled('poise')).toBe(true);
  return (url: string): Promise<Response> => protocol.fetch(url);
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

  it('the scheme is registered as standard and secure, with fetch for the model', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'poise',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});
