import { describe, expect, it } from 'vitest';
import {
  fullscreenOnAnyDisplay,
  otherAppFullscreen,
  parseActiveWindow,
  parseMacWindowList,
  parseWindowState,
  swayTreeHasFullscreen,
  windowsStateMeansFullscreen,
} from '../../../../../shared/core/signals/fullscreen';

const POISE = new Set([4100, 4107]);

describe('fullscreen on X11 (xprop)', () => {
  it('reads the active window id, and none when the desktop has no active window', () => {
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n')).toBe(
      '0x3a00007',
    );
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n')).toBeNull();
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW:  not found.\n')).toBeNull();
  });

  it('sees _NET_WM_STATE_FULLSCREEN among the states, with the owner pid', () => {
    const video = parseWindowState(
      '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_FOCUSED\n' +
        '_NET_WM_PID(CARDINAL) = 23817\n',
    );
    expect(video).toEqual({ fullscreen: true, pid: 23817 });
    expect(otherAppFullscreen(video, POISE)).toBe(true);
    const maximised = parseWindowState(
      '_NET_WM_STATE(ATOM) = _NET_WM_STATE_MAXIMIZED_VERT, _NET_WM_STATE_MAXIMIZED_HORZ\n' +
        '_NET_WM_PID(CARDINAL) = 23817\n',
    );
    expect(maximised.fullscreen).toBe(false);
    expect(parseWindowState('_NET_WM_STATE(ATOM) = \n_NET_WM_PID:  not found.\n')).toEqual({
      fullscreen: false,
      pid: null,
    });
  });

  it("does not count Poise's own fullscreen window", () => {
    const own = parseWindowState(
      '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n_NET_WM_PID(CARDINAL) = 4100\n',
    );
    expect(otherAppFullscreen(own, POISE)).toBe(false);
  });
});

describe('fullscreen on Windows (SHQueryUserNotificationState)', () => {
  it.each([
    [1, false], // locked or screen saver: the lock signal covers it
    [2, true], // a fullscreen app or presentation settings
    [3, true], // exclusive Direct3D fullscreen (a game)
    [4, true], // presentation mode
    [5, false], // accepts notifications
    [6, false], // first-login quiet time
    [7, false], // a Store app running
  ])('state %i means fullscreen: %s', (state, fullscreen) => {
    expect(windowsStateMeansFullscreen(state)).toBe(fullscreen);
  });
});

describe('fullscreen on macOS (the on-screen window list)', () => {
  const laptop = { x: 0, y: 0, width: 1512, height: 982 };
  const projector = { x: 1512, y: -98, width: 1920, height: 1080 };
  /** As the window-list script prints it: CGWindowList's own bound keys. */
  const sample = (windows: object[]) => JSON.stringify(windows);
  const menuBar = {
    pid: 380,
    layer: 24,
    alpha: 1,
    bounds: { X: 0, Y: 0, Width: 1512, Height: 37 },
  };
  const editor = {
    pid: 912,
    layer: 0,
    alpha: 1,
    bounds: { X: 0, Y: 37, Width: 1512, Height: 945 },
  };

  it('reads the window list', () => {
    expect(parseMacWindowList(sample([editor]))).toEqual([
      { pid: 912, layer: 0, alpha: 1, bounds: { x: 0, y: 37, width: 1512, height: 945 } },
    ]);
    expect(parseMacWindowList('execution error: Error: ReferenceError')).toBeNull();
    expect(parseMacWindowList(sample([{ pid: 'x' }]))).toEqual([]);
  });

  it('a maximised window leaves the menu bar free: not fullscreen', () => {
    const windows = parseMacWindowList(sample([menuBar, editor]))!;
    expect(fullscreenOnAnyDisplay(windows, [laptop], POISE)).toBe(false);
  });

  it('a slideshow covering the second display counts, while the laptop shows the notes', () => {
    const slideshow = {
      pid: 1450,
      layer: 0,
      alpha: 1,
      bounds: { X: 1512, Y: -98, Width: 1920, Height: 1080 },
    };
    const windows = parseMacWindowList(sample([menuBar, editor, slideshow]))!;
    expect(fullscreenOnAnyDisplay(windows, [laptop, projector], POISE)).toBe(true);
    // The same window with the projector unplugged covers no display.
    expect(fullscreenOnAnyDisplay(windows, [laptop], POISE)).toBe(false);
  });

  it("leaves out Poise's own windows, invisible windows and overlays above app windows", () => {
    const cover = { X: 0, Y: 0, Width: 1512, Height: 982 };
    const windows = parseMacWindowList(
      sample([
        { pid: 4107, layer: 0, alpha: 1, bounds: cover },
        { pid: 777, layer: 0, alpha: 0, bounds: cover },
        { pid: 778, layer: 25, alpha: 1, bounds: cover },
      ]),
    )!;
    expect(fullscreenOnAnyDisplay(windows, [laptop], POISE)).toBe(false);
  });
});

describe('fullscreen on sway (swaymsg -t get_tree)', () => {
  const tree = (fullscreenMode: number, pid = 5151) =>
    JSON.stringify({
      id: 1,
      type: 'root',
      nodes: [
        {
          id: 3,
          type: 'output',
          name: 'HDMI-A-1',
          nodes: [
            {
              id: 4,
              type: 'workspace',
              nodes: [
                {
                  id: 7,
                  type: 'con',
                  app_id: 'foot',
                  pid: 900,
                  visible: true,
                  fullscreen_mode: 0,
                  nodes: [],
                },
              ],
              floating_nodes: [
                {
                  id: 9,
                  type: 'floating_con',
                  app_id: 'mpv',
                  pid,
                  visible: true,
                  fullscreen_mode: fullscreenMode,
                  nodes: [],
                },
              ],
            },
          ],
        },
      ],
    });

  it('finds a visible fullscreen window anywhere in the tree', () => {
    expect(swayTreeHasFullscreen(tree(0), POISE)).toBe(false);
    expect(swayTreeHasFullscreen(tree(1), POISE)).toBe(true);
    expect(swayTreeHasFullscreen(tree(2), POISE)).toBe(true);
    expect(swayTreeHasFullscreen(tree(1, 4100), POISE)).toBe(false);
    expect(swayTreeHasFullscreen('Error: unable to connect', POISE)).toBeNull();
  });
});
