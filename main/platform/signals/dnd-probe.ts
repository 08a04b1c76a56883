import { join } from 'node:path';
import {
  parseGnomeShowBanners,
  parseMacFocusAssertions,
  windowsFocusAssistOn,
} from '../../../shared/core/signals/dnd';
import { errorCode, fromWindowsShell, type SignalProbe, type SignalSystem } from './probe';

/** Whether do-not-disturb / Focus is on (core/signals/dnd.ts says how, per OS). */
export function dndProbe(system: SignalSystem): SignalProbe | null {
  const signal = 'dnd';
  switch (system.platform) {
    case 'win32':
      return {
        signal,
        read: async () => fromWindowsShell(system, 'focus', windowsFocusAssistOn),
      };
    case 'darwin': {
      const path = join(system.homeDir, 'Library', 'DoNotDisturb', 'DB', 'Assertions.json');
      return {
        signal,
        read: async () => {
          try {
            return parseMacFocusAssertions(await system.files.readFile(path, 'utf8')) ?? 'unknown';
          } catch (error) {
            const code = errorCode(error);
            // No file yet: Focus was never turned on. A private folder: this Mac will not tell.
            if (code === 'ENOENT') return false;
            return code === 'EACCES' || code === 'EPERM' ? 'unavailable' : 'unknown';
          }
        },
      };
    }
    case 'linux': {
      const desktop = (
        system.env.ORIGINAL_XDG_CURRENT_DESKTOP ??
        system.env.XDG_CURRENT_DESKTOP ??
        ''
      ).toLowerCase();
      if (!desktop.split(':').includes('gnome')) return null;
      return {
        signal,
        read: async () => {
          const result = await system.run('gsettings', [
            'get',
            'org.gnome.desktop.notifications',
            'show-banners',
          ]);
          if (!result.ok) return result.missing ? 'unavailable' : 'unknown';
          return parseGnomeShowBanners(result.stdout) ?? 'unknown';
        },
      };
    }
    default:
      return null;
  }
}
