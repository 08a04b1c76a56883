import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakePlatform } from './context';

/** The app's own facts, read from its package.json as Electron does (productName before name). */
export function packageFacts(appPath: string): { name: string; version: string } {
  const file = join(appPath, 'package.json');
  const pkg = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  const text = (value: unknown, fallback: string): string =>
    typeof value === 'string' ? value : fallback;
  return {
    name: text(pkg.productName, text(pkg.name, 'Electron')),
    version: text(pkg.version, '0.0.0'),
  };
}

/**
 * Electron's default appData per OS: %APPDATA%, ~/Library/Application Support, $XDG_CONFIG_HOME
 * or ~/.config; userData is appData plus the app's name.
 * https://www.electronjs.org/docs/latest/api/app#appgetpathname
 */
export function defaultAppData(platform: FakePlatform, home: string): string {
  if (platform === 'win32') return join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return join(home, '.config');
}
