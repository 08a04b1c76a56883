import { describe, expect, it, vi } from 'vitest';
import type { WindowsShellLine } from '../../../../../shared/core/signals/windows-shell';
import type { ProbeFiles, SignalSystem } from '../../../../../main/platform/signals/probe';
import type { CommandResult } from '../../../../../main/platform/signals/run-command';
import { systemProbes } from '../../../../../main/platform/signals/system-probes';

vi.mock('electron', async () =>
  (await import('../../../../support/fake-electron/vitest-mock')).forbiddenElectron('the probes'),
);

const POISE_PID = 4100;
type Outputs = Record<string, CommandResult>;
const ok = (stdout: string): CommandResult => ({ ok: true, stdout });
const missing: CommandResult = { ok: false, missing: true };

/** A /proc of a few processes: pid -> { fd -> link target }, and their names. */
function fakeProc(
  procs: Record<number, { comm: string; fds: Record<string, string> }>,
): ProbeFiles {
  const enoent = () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
  return {
    readdir: async (path) => {
      if (path === '/proc') return [...Object.keys(procs), 'self', 'meminfo'];
      const pid = /^\/proc\/(\d+)\/fd$/.exec(path)?.[1];
      return pid && procs[Number(pid)] ? Object.keys(procs[Number(pid)]!.fds) : enoent();
    },
    readlink: async (path) => {
      const [, pid, fd] = /^\/proc\/(\d+)\/fd\/(\d+)$/.exec(path) ?? [];
      const target = procs[Number(pid)]?.fds[fd ?? ''];
      return target ?? enoent();
    },
    readFile: async (path) => {
      const pid = /^\/proc\/(\d+)\/comm$/.exec(path)?.[1];
      return pid && procs[Number(pid)] ? `${procs[Number(pid)]!.comm}\n` : enoent();
    },
  };
}

function system(patch: Partial<SignalSystem> & { outputs?: Outputs } = {}): SignalSystem {
  const outputs = patch.outputs ?? {};
  const shellLine: WindowsShellLine = { quns: 5, focus: 0 };
  return {
    platform: 'linux',
    env: {},
    homeDir: '/home/ana',
    run: async (file, args) => outputs[[file, ...args].join(' ')] ?? missing,
    files: fakeProc({}),
    ownPids: () => new Set([POISE_PID]),
    ownExePath: '/opt/Poise/poise',
    displays: () => [
      { x: 0, y: 0, width: 1920, height: 1080 },
      { x: 1920, y: 0, width: 2560, height: 1440 },
    ],
    ownWindowFocused: () => false,
    windowsShell: () => ({ latest: () => shellLine, stop: () => undefined }),
    now: () => 0,
    ...patch,
  };
}

const read = async (s: SignalSystem) =>
  Object.fromEntries(
    await Promise.all(systemProbes(s).map(async (p) => [p.signal, await p.read()] as const)),
  );

describe('the signal probes, per OS', () => {
  it('Linux X11 with GNOME: fullscreen from xprop, do-not-disturb from gsettings, calls from pactl and /proc', async () => {
    const s = system({
      env: { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' },
      outputs: {
        'xprop -root _NET_ACTIVE_WINDOW': ok('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x4400003\n'),
        'xprop -id 0x4400003 _NET_WM_STATE _NET_WM_PID': ok(
          '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n_NET_WM_PID(CARDINAL) = 7001\n',
        ),
        'gsettings get org.gnome.desktop.notifications show-banners': ok('false\n'),
        'pactl list source-outputs': ok(''),
      },
      files: fakeProc({
        [POISE_PID]: { comm: 'poise', fds: { '31': '/dev/video0' } },
        7002: { comm: 'zoom', fds: { '3': '/dev/null', '40': '/dev/video0' } },
      }),
    });
    expect(await read(s)).toEqual({ fullscreen: true, dnd: true, call: true });
  });

  it('Linux: without pactl the camera still tells; without anything in use, no call', async () => {
    const s = system({
      env: { DISPLAY: ':0' },
      files: fakeProc({ [POISE_PID]: { comm: 'poise', fds: { '31': '/dev/video0' } } }),
    });
    const [call] = systemProbes(s).filter((p) => p.signal === 'call');
    expect(await call!.read()).toBe(false);
  });

  it('Linux: xprop not installed makes fullscreen unavailable; KDE has no do-not-disturb probe', async () => {
    const s = system({ env: { DISPLAY: ':0', XDG_CURRENT_DESKTOP: 'KDE' } });
    expect(systemProbes(s).map((p) => p.signal)).toEqual(['fullscreen', 'call']);
    expect((await read(s)).fullscreen).toBe('unavailable');
  });

  it('Linux Wayland: sway tells, GNOME on Wayland cannot', async () => {
    const gnome = system({
      env: { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' },
    });
    expect(systemProbes(gnome).map((p) => p.signal)).toEqual(['call']);
    const sway = system({
      env: { XDG_SESSION_TYPE: 'wayland', SWAYSOCK: '/run/user/1000/sway-ipc.sock' },
      outputs: {
        'swaymsg -t get_tree -r': ok(
          JSON.stringify({
            nodes: [{ nodes: [{ pid: 7001, visible: true, fullscreen_mode: 1 }] }],
          }),
        ),
      },
    });
    expect((await read(sway)).fullscreen).toBe(true);
  });

  it('macOS: a window covering the second display; Focus unreadable without Full Disk Access; no call probe', async () => {
    const s = system({
      platform: 'darwin',
      outputs: {},
      files: {
        ...fakeProc({}),
        readFile: () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' })),
      },
      run: async (file) =>
        file === 'osascript'
          ? ok(
              JSON.stringify([
                {
                  pid: 7001,
                  layer: 0,
                  alpha: 1,
                  bounds: { X: 1920, Y: 0, Width: 2560, Height: 1440 },
                },
              ]) + '\n',
            )
          : missing,
    });
    expect(await read(s)).toEqual({ fullscreen: true, dnd: 'unavailable' });
  });

  it('macOS: no Focus file yet means Focus was never on', async () => {
    const s = system({
      platform: 'darwin',
      files: {
        ...fakeProc({}),
        readFile: () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
      },
    });
    expect((await read(s)).dnd).toBe(false);
  });

  it("Windows: the helper's line, Poise's own window in front, and the privacy records", async () => {
    const store =
      'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
    const inUse = (exe: string) =>
      ok(
        `\r\nHKEY_CURRENT_USER\\Software\\...\\NonPackaged\\${exe}\r\n` +
          '    LastUsedTimeStart    REG_QWORD    0x1da7020d4c5e6f7\r\n' +
          '    LastUsedTimeStop    REG_QWORD    0x0\r\n',
      );
    let focused = false;
    const s = system({
      platform: 'win32',
      ownExePath: 'C:\\Program Files\\Poise\\Poise.exe',
      ownWindowFocused: () => focused,
      windowsShell: () => ({ latest: () => ({ quns: 2, focus: 1 }), stop: () => undefined }),
      outputs: {
        [`reg query ${store}\\microphone /s`]: inUse('C:#Program Files#Poise#Poise.exe'),
        [`reg query ${store}\\webcam /s`]: inUse('C:#Program Files#Zoom#Zoom.exe'),
      },
    });
    expect(await read(s)).toEqual({ fullscreen: true, dnd: true, call: true });
    focused = true;
    expect((await read(s)).fullscreen).toBe(false);
  });

  it('Windows: a helper that cannot run makes fullscreen and do-not-disturb unavailable', async () => {
    const s = system({
      platform: 'win32',
      windowsShell: () => ({ latest: () => 'gone', stop: () => undefined }),
    });
    expect(await read(s)).toEqual({
      fullscreen: 'unavailable',
      dnd: 'unavailable',
      call: 'unavailable',
    });
  });
});
