import {
  fullscreenOnAnyDisplay,
  otherAppFullscreen,
  parseActiveWindow,
  parseMacWindowList,
  parseWindowState,
  swayTreeHasFullscreen,
  windowsStateMeansFullscreen,
} from '../../../shared/core/signals/fullscreen';
import { fromWindowsShell, type SignalProbe, type SignalSystem } from './probe';

/**
 * The on-screen windows' owner, level, opacity and bounds, as JSON (JavaScript for Automation;
 * CGWindowListCopyWindowInfo needs no permission for these fields). 1 | 16:
 * kCGWindowListOptionOnScreenOnly | kCGWindowListExcludeDesktopElements.
 */
const MAC_WINDOW_LIST = [
  "ObjC.import('CoreGraphics');",
  'const list = ObjC.deepUnwrap(ObjC.castRefToObject($.CGWindowListCopyWindowInfo(17, 0))) || [];',
  'JSON.stringify(list.map((w) => ({ pid: w.kCGWindowOwnerPID, layer: w.kCGWindowLayer,',
  '  alpha: w.kCGWindowAlpha, bounds: w.kCGWindowBounds })));',
].join('\n');

/** Whether another app is fullscreen or presenting (core/signals/fullscreen.ts says how, per OS). */
export function fullscreenProbe(system: SignalSystem): SignalProbe | null {
  const signal = 'fullscreen';
  switch (system.platform) {
    case 'win32':
      return {
        signal,
        read: async () =>
          fromWindowsShell(system, 'quns', (state) =>
            // Poise's own break window in front covers the display too: no other app is in front.
            system.ownWindowFocused() ? false : windowsStateMeansFullscreen(state),
          ),
      };
    case 'darwin':
      return {
        signal,
        read: async () => {
          const result = await system.run('osascript', ['-l', 'JavaScript', '-e', MAC_WINDOW_LIST]);
          if (!result.ok) return result.missing ? 'unavailable' : 'unknown';
          const windows = parseMacWindowList(result.stdout);
          if (windows === null) return 'unknown';
          return fullscreenOnAnyDisplay(windows, system.displays(), system.ownPids());
        },
      };
    case 'linux':
      return linuxProbe(system);
    default:
      return null;
  }
}

function linuxProbe(system: SignalSystem): SignalProbe | null {
  const signal = 'fullscreen';
  const wayland =
    system.env.XDG_SESSION_TYPE === 'wayland' || system.env.WAYLAND_DISPLAY !== undefined;
  if (wayland) {
    // Only sway lets an app see other apps' windows; xprop would see just the X11 ones.
    if (system.env.SWAYSOCK === undefined) return null;
    return {
      signal,
      read: async () => {
        const result = await system.run('swaymsg', ['-t', 'get_tree', '-r']);
        if (!result.ok) return result.missing ? 'unavailable' : 'unknown';
        return swayTreeHasFullscreen(result.stdout, system.ownPids()) ?? 'unknown';
      },
    };
  }
  if (system.env.DISPLAY === undefined) return null;
  return {
    signal,
    read: async () => {
      const root = await system.run('xprop', ['-root', '_NET_ACTIVE_WINDOW']);
      if (!root.ok) return root.missing ? 'unavailable' : 'unknown';
      const window = parseActiveWindow(root.stdout);
      if (window === null) return false;
      const state = await system.run('xprop', ['-id', window, '_NET_WM_STATE', '_NET_WM_PID']);
      // The window may close between the two calls.
      if (!state.ok) return 'unknown';
      return otherAppFullscreen(parseWindowState(state.stdout), system.ownPids());
    },
  };
}
