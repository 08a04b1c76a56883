import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  applyLaunchAtLogin,
  AUTOSTART_FILE_NAME,
  quoteExecArg,
} from '../../../../main/platform/login-item';
import { createFakeElectron } from '../../../support/fake-electron';

vi.mock('electron', async () =>
  (await import('../../../support/fake-electron/vitest-mock')).forbiddenElectron(
    'the login item adapter',
  ),
);

/**
 * Read an Exec value back the way a desktop environment does (Desktop Entry spec): first the
 * string escapes (`\\` -> `\`), then the quoting rules, then `%%` -> `%`.
 */
function parseExec(value: string): string[] {
  const unescaped = value.replace(/\\(.)/g, (_m, c: string) =>
    c === 's' ? ' ' : c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c,
  );
  const args: string[] = [];
  let i = 0;
  while (i < unescaped.length) {
    if (unescaped[i] === ' ') {
      i += 1;
      continue;
    }
    let arg = '';
    if (unescaped[i] === '"') {
      i += 1;
      while (i < unescaped.length && unescaped[i] !== '"') {
        if (unescaped[i] === '\\' && /["`$\\]/.test(unescaped[i + 1] ?? '')) i += 1;
        arg += unescaped[i];
        i += 1;
      }
      if (unescaped[i] !== '"') throw new Error(`unterminated quote in ${value}`);
      i += 1;
    } else {
      while (i < unescaped.length && unescaped[i] !== ' ') {
        if (/["'\\><~|&;$*?#()`]/.test(unescaped[i]!)) {
          throw new Error(`reserved character ${unescaped[i]} outside quotes in ${value}`);
        }
        arg += unescaped[i];
        i += 1;
      }
    }
    args.push(arg.replace(/%%/g, '%'));
  }
  return args;
}

const execLine = (file: string): string =>
  readFileSync(file, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('Exec='))!
    .slice('Exec='.length);

const linux = (autostartDir: string, command: string[]) => ({
  platform: 'linux' as const,
  setLoginItemSettings: vi.fn(),
  autostartDir,
  command,
});

describe('launch at login on Linux (XDG autostart)', () => {
  it('writes an autostart entry that starts the AppImage, and removes it again', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'poise-autostart-')), 'autostart');
    const deps = linux(dir, ['/home/ana/Applications/Poise 0.1.0.AppImage']);
    applyLaunchAtLogin(true, deps);
    const file = join(dir, AUTOSTART_FILE_NAME);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('[Desktop Entry]\n')).toBe(true);
    expect(text).toMatch(/^Type=Application$/m);
    expect(text).toMatch(/^Name=Poise$/m);
    expect(text).toMatch(/^Comment=Posture coach: notices slouching and leads short breaks$/m);
    expect(text).toMatch(/^Comment\[de\]=Haltungscoach: bemerkt krumme Haltung/m);
    expect(parseExec(execLine(file))).toEqual(['/home/ana/Applications/Poise 0.1.0.AppImage']);
    expect(statSync(file).mode & 0o777).toBe(0o644);
    expect(deps.setLoginItemSettings).not.toHaveBeenCalled();

    applyLaunchAtLogin(false, deps);
    expect(existsSync(file)).toBe(false);
    // Turning it off twice (or when it was never on) is fine.
    expect(() => applyLaunchAtLogin(false, deps)).not.toThrow();
  });

  it('keeps a development command (electron + app folder) as two arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poise-autostart-'));
    applyLaunchAtLogin(true, linux(dir, ['/repo/node_modules/electron/dist/electron', '/repo']));
    expect(parseExec(execLine(join(dir, AUTOSTART_FILE_NAME)))).toEqual([
      '/repo/node_modules/electron/dist/electron',
      '/repo',
    ]);
  });

  it('property: any path survives the Exec quoting rules unchanged', () => {
    const pathChar = fc.constantFrom(
      ...'abcXYZ019 /._-"\'`$\\%&;|<>()*?#~=@,+:'.split(''),
      'é',
      '😀',
    );
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: pathChar, minLength: 1 }), { minLength: 1, maxLength: 3 }),
        (command) => {
          expect(parseExec(command.map(quoteExecArg).join(' '))).toEqual(command);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses control characters rather than writing a broken file', () => {
    expect(() => quoteExecArg('/tmp/a\nExec=rm -rf ~')).toThrow(/control characters/);
  });
});

describe('launch at login on macOS and Windows', () => {
  it.each(['darwin', 'win32'] as const)('%s: uses Electron’s login item settings', (platform) => {
    const { app } = createFakeElectron({ platform });
    const dir = mkdtempSync(join(tmpdir(), 'poise-autostart-'));
    const deps = {
      platform,
      setLoginItemSettings: (settings: { openAtLogin: boolean }) =>
        app.setLoginItemSettings(settings),
      autostartDir: dir,
      command: ['x'],
    };
    applyLaunchAtLogin(true, deps);
    expect(app.getLoginItemSettings().openAtLogin).toBe(true);
    applyLaunchAtLogin(false, deps);
    expect(app.getLoginItemSettings().openAtLogin).toBe(false);
    expect(existsSync(join(dir, AUTOSTART_FILE_NAME))).toBe(false);
  });
});
