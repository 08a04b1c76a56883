import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../shared/core/i18n/languages';
import { translatorFor } from '../../shared/core/i18n/translator';

/**
 * Launch at login on every platform. Electron's app.setLoginItemSettings works on macOS and
 * Windows only; on Linux it does nothing, so there Poise writes (or removes) an XDG autostart
 * entry, which GNOME, KDE, Xfce and others read at login.
 * https://specifications.freedesktop.org/autostart-spec/latest/
 */
export interface LoginItemDeps {
  readonly platform: NodeJS.Platform;
  /** Electron's app.setLoginItemSettings (used on macOS and Windows). */
  readonly setLoginItemSettings: (settings: { openAtLogin: boolean }) => void;
  /** $XDG_CONFIG_HOME/autostart, usually ~/.config/autostart (app.getPath('appData') + /autostart). */
  readonly autostartDir: string;
  /**
   * The command that starts Poise: the AppImage file ($APPIMAGE, not the temporary mount it runs
   * from) or the installed binary; in development the Electron binary plus the app folder.
   */
  readonly command: readonly string[];
}

export const AUTOSTART_FILE_NAME = 'poise.desktop';

/** Quote one argument for a desktop entry's Exec key (Desktop Entry spec, "The Exec key"). */
export function quoteExecArg(arg: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(arg))
    throw new Error('A login command cannot hold control characters.');
  if (/^[A-Za-z0-9_\-./=:,+@]+$/.test(arg)) return arg;
  // Inside double quotes, `"`, backquote, `$` and `\` need a backslash; and since the whole
  // value is a string value, each backslash is then escaped once more.
  const quoted = `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Poise',
    // The desktop shows the comment in its own language (Desktop Entry spec, "Localized values").
    `Comment=${translatorFor('en')('core:autostartComment')}`,
    ...LANGUAGES.filter((language) => language !== 'en').map(
      (language) => `Comment[${language}]=${translatorFor(language)('core:autostartComment')}`,
    ),
    `Exec=${command.map(quoteExecArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function applyLaunchAtLogin(openAtLogin: boolean, deps: LoginItemDeps): void {
  if (deps.platform !== 'linux') {
    deps.setLoginItemSettings({ openAtLogin });
    return;
  }
  const file = join(deps.autostartDir, AUTOSTART_FILE_NAME);
  if (openAtLogin) {
    mkdirSync(deps.autostartDir, { recursive: true });
    writeFileSync(file, autostartEntry(deps.command), { mode: 0o644 });
  } else {
    rmSync(file, { force: true });
  }
}
