/**
 * Another application fullscreen or presenting, read from what each desktop tells (the commands
 * are run by main/platform/signals/fullscreen-probe.ts; these functions only read their output):
 *
 * - Windows: SHQueryUserNotificationState, the shell's own "may I show a notification now?"
 *   answer (as Stretchly reads it). QUNS_BUSY (a fullscreen app, on any display, or presentation
 *   settings), QUNS_RUNNING_D3D_FULL_SCREEN and QUNS_PRESENTATION_MODE mean "not now".
 *   https://learn.microsoft.com/windows/win32/api/shellapi/ne-shellapi-query_user_notification_state
 * - macOS: the on-screen window list (CGWindowListCopyWindowInfo: owner, layer and bounds need no
 *   permission): a normal window of another app that covers a whole display, any display, is a
 *   fullscreen app, a slideshow or a film.
 * - Linux on X11: the active window's _NET_WM_STATE holds _NET_WM_STATE_FULLSCREEN (EWMH), via
 *   xprop. Linux on Wayland: sway's tree (swaymsg) tells; other Wayland compositors do not let an
 *   app see other apps' windows, so there the signal is unavailable.
 */

/** xprop -root _NET_ACTIVE_WINDOW: "_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007". */
export function parseActiveWindow(stdout: string): string | null {
  const match = /_NET_ACTIVE_WINDOW\(WINDOW\):\s*window id #\s*(0x[0-9a-f]+)/i.exec(stdout);
  if (!match?.[1] || /^0x0+$/i.test(match[1])) return null;
  return match[1];
}

export interface X11WindowFacts {
  readonly fullscreen: boolean;
  /** _NET_WM_PID, when the window has one. */
  readonly pid: number | null;
}

/** xprop -id <window> _NET_WM_STATE _NET_WM_PID. */
export function parseWindowState(stdout: string): X11WindowFacts {
  const state = /^_NET_WM_STATE\(ATOM\)\s*=\s*(.*)$/m.exec(stdout)?.[1] ?? '';
  const pid = /^_NET_WM_PID\(CARDINAL\)\s*=\s*(\d+)/m.exec(stdout)?.[1];
  return {
    fullscreen: state.split(',').some((atom) => atom.trim() === '_NET_WM_STATE_FULLSCREEN'),
    pid: pid === undefined ? null : Number(pid),
  };
}

/** A fullscreen window, unless it is one of Poise's own (the break window, say). */
export const otherAppFullscreen = (facts: X11WindowFacts, ownPids: ReadonlySet<number>): boolean =>
  facts.fullscreen && (facts.pid === null || !ownPids.has(facts.pid));

/** QUERY_USER_NOTIFICATION_STATE values that mean a fullscreen app or a presentation. */
const WINDOWS_BUSY_STATES: ReadonlySet<number> = new Set([2, 3, 4]);
export const windowsStateMeansFullscreen = (state: number): boolean =>
  WINDOWS_BUSY_STATES.has(state);

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ScreenWindow {
  readonly pid: number;
  /** The window level: 0 is an ordinary app window (menu bar, Dock and overlays sit higher). */
  readonly layer: number;
  readonly alpha: number;
  readonly bounds: Rect;
}

/**
 * The JSON printed by the macOS window-list script: an array of
 * { pid, layer, alpha, bounds: { X, Y, Width, Height } } (CGWindowList's own key names for the
 * bounds). Null when it is not that shape.
 */
export function parseMacWindowList(stdout: string): ScreenWindow[] | null {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch {
    return null;
  }
  if (!Array.isArray(data)) return null;
  const out: ScreenWindow[] = [];
  for (const item of data as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const w = item as Record<string, unknown>;
    const b = (w.bounds ?? {}) as Record<string, unknown>;
    const numbers = [w.pid, w.layer, b.X, b.Y, b.Width, b.Height];
    if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) continue;
    out.push({
      pid: w.pid as number,
      layer: w.layer as number,
      alpha: typeof w.alpha === 'number' ? w.alpha : 1,
      bounds: {
        x: b.X as number,
        y: b.Y as number,
        width: b.Width as number,
        height: b.Height as number,
      },
    });
  }
  return out;
}

/** Window and display edges may differ by a rounding pixel. */
const EDGE_SLACK = 1;

const covers = (window: Rect, display: Rect): boolean =>
  window.x <= display.x + EDGE_SLACK &&
  window.y <= display.y + EDGE_SLACK &&
  window.x + window.width >= display.x + display.width - EDGE_SLACK &&
  window.y + window.height >= display.y + display.height - EDGE_SLACK;

/**
 * Whether an ordinary, visible window of another app covers a whole display, whichever display
 * (a slideshow on the projector while the laptop shows the presenter view counts). A maximised
 * window leaves the menu bar free, so it does not count.
 */
export function fullscreenOnAnyDisplay(
  windows: readonly ScreenWindow[],
  displays: readonly Rect[],
  ownPids: ReadonlySet<number>,
): boolean {
  return windows.some(
    (w) =>
      w.layer === 0 &&
      w.alpha > 0 &&
      !ownPids.has(w.pid) &&
      displays.some((display) => covers(w.bounds, display)),
  );
}

interface SwayNode {
  readonly fullscreen_mode?: number;
  readonly visible?: boolean;
  readonly pid?: number;
  readonly nodes?: readonly SwayNode[];
  readonly floating_nodes?: readonly SwayNode[];
}

/**
 * `swaymsg -t get_tree -r`: whether a visible window of another app is fullscreen (on its output
 * or across all of them). Null when the output is not a sway tree.
 */
export function swayTreeHasFullscreen(
  stdout: string,
  ownPids: ReadonlySet<number>,
): boolean | null {
  let root: unknown;
  try {
    root = JSON.parse(stdout);
  } catch {
    return null;
  }
  if (typeof root !== 'object' || root === null || !('nodes' in root)) return null;
  const visit = (node: SwayNode): boolean =>
    ((node.fullscreen_mode ?? 0) > 0 &&
      node.visible === true &&
      (node.pid === undefined || !ownPids.has(node.pid))) ||
    [...(node.nodes ?? []), ...(node.floating_nodes ?? [])].some(visit);
  return visit(root as SwayNode);
}
