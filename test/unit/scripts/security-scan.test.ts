import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/repo-paths';

/**
 * The scan gate itself, run for real (Electronegativity over real files) against a small app
 * that makes the classic mistakes, so we know the gate fails when it should and passes only
 * what was explained.
 */
const SCRIPT = join(repoRoot, 'scripts/security-scan.mjs');
let app: string;

const INSECURE_MAIN = `const { BrowserWindow } = require('electron');
const window = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
window.loadURL('http://example.com/');
`;

function scan(accepted: unknown): { code: number | null; out: string } {
  const acceptedFile = join(app, '..', `accepted-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(acceptedFile, JSON.stringify(accepted));
  const result = spawnSync(process.execPath, [SCRIPT, '--input', app, '--accepted', acceptedFile], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const finalLine = (out: string): string | undefined =>
  out
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('security: '))
    .at(-1);

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'poise-scan-'));
  app = join(base, 'app');
  mkdirSync(join(app, 'main'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'insecure', devDependencies: { electron: '41.7.1' } }),
  );
  writeFileSync(join(app, 'main/index.js'), INSECURE_MAIN);
});

describe('scripts/security-scan.mjs', () => {
  it('fails on unexplained findings and names each one', () => {
    const { code, out } = scan([]);
    expect(code).toBe(1);
    expect(out).toMatch(/FAIL CONTEXT_ISOLATION_JS_CHECK main\/index\.js:2/);
    expect(out).toMatch(/FAIL SANDBOX_JS_CHECK main\/index\.js:2/);
    expect(out).toMatch(/FAIL HTTP_RESOURCES_JS_CHECK main\/index\.js:3/);
    expect(out).toMatch(/FAIL PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/);
    expect(finalLine(out)).toMatch(/^security: 0 passed, [1-9]\d* failed$/);
  });

  it('passes once every finding is accepted with a reason, and counts them', () => {
    const why = 'A deliberately insecure fixture: this test checks the gate, not the app.';
    const accepted = [
      'CSP_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
    ].map((id) => ({ id, file: 'N/A', why }));
    accepted.push(
      ...[
        'HTTP_RESOURCES_JS_CHECK',
        'AUXCLICK_JS_CHECK',
        'CONTEXT_ISOLATION_JS_CHECK',
        'SANDBOX_JS_CHECK',
        'NODE_INTEGRATION_JS_CHECK',
      ].map((id) => ({ id, file: 'main/*.js', why })),
      { id: 'ELECTRON_VERSION_JSON_CHECK', file: 'package.json', why },
    );
    const { code, out } = scan(accepted);
    expect(out).not.toMatch(/FAIL/);
    expect(code).toBe(0);
    expect(finalLine(out)).toMatch(/^security: [1-9]\d* passed, 0 failed$/);
  });

  it('an accepted entry must carry a real reason', () => {
    const { code, out } = scan([{ id: 'SANDBOX_JS_CHECK', file: 'main/index.js', why: 'ok' }]);
    expect(code).not.toBe(0);
    expect(out).toMatch(/too short to be a justification/);
  });
});
