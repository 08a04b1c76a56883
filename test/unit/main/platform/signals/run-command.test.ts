import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import {
  commandRunner,
  COMMAND_TIMEOUT_MS,
  type ExecFile,
} from '../../../../../main/platform/signals/run-command';
import { startWindowsShell, type Spawn } from '../../../../../main/platform/signals/windows-shell';

describe('commandRunner', () => {
  it('runs without a shell, with a timeout and the C locale, and tells a missing tool apart', async () => {
    const execFile = vi.fn<ExecFile>((file, _args, _options, callback) => {
      if (file === 'pactl') callback(null, 'Source Output #1\n', '');
      else if (file === 'xprop')
        callback(Object.assign(new Error('spawn xprop ENOENT'), { code: 'ENOENT' }), '', '');
      else
        callback(
          Object.assign(new Error('killed'), { killed: true, signal: 'SIGTERM' as const }),
          '',
          '',
        );
    });
    const run = commandRunner(execFile, { PATH: '/usr/bin', LANG: 'de_DE.UTF-8' });
    expect(await run('pactl', ['list', 'source-outputs'])).toEqual({
      ok: true,
      stdout: 'Source Output #1\n',
    });
    expect(await run('xprop', ['-root'])).toEqual({ ok: false, missing: true });
    expect(await run('gsettings', ['get'])).toEqual({ ok: false, missing: false });
    const options = execFile.mock.calls[0]![2];
    expect(options).toMatchObject({ timeout: COMMAND_TIMEOUT_MS, windowsHide: true });
    expect(options.shell).toBeUndefined();
    expect(options.env).toMatchObject({ PATH: '/usr/bin', LC_ALL: 'C', LANG: 'C' });
  });
});

describe('the Windows helper process', () => {
  function fakeChild() {
    const child = Object.assign(new EventEmitter(), {
      stdout: new PassThrough(),
      kill: vi.fn(() => true),
    });
    return child;
  }

  it('keeps the latest line, forgets a stale one, and is gone when the process ends', () => {
    const child = fakeChild();
    let now = 1_000;
    const spawn = vi.fn<Spawn>(() => child as unknown as ChildProcess);
    const shell = startWindowsShell(spawn, () => now);
    expect(spawn.mock.calls[0]![0]).toBe('powershell.exe');
    expect(spawn.mock.calls[0]![1]).toContain('-EncodedCommand');
    expect(shell.latest(now)).toBeNull();
    child.stdout.write('quns=5 focus=0\r\nquns=2 fo');
    child.stdout.write('cus=1\r\n');
    expect(shell.latest(now)).toEqual({ quns: 2, focus: 1 });
    now += 60_000;
    expect(shell.latest(now)).toBeNull();
    child.emit('exit', 1);
    expect(shell.latest(now)).toBe('gone');
    shell.stop();
    expect(child.kill).toHaveBeenCalled();
  });

  it('is gone when PowerShell cannot start', () => {
    const child = fakeChild();
    const shell = startWindowsShell(() => child as unknown as ChildProcess);
    child.emit(
      'error',
      Object.assign(new Error('spawn powershell.exe ENOENT'), { code: 'ENOENT' }),
    );
    expect(shell.latest(0)).toBe('gone');
  });
});
