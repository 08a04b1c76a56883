import type { ChildProcess, SpawnOptions } from 'node:child_process';
import {
  parseWindowsShellLine,
  type WindowsShellLine,
} from '../../../shared/core/signals/windows-shell';

/**
 * The long-lived PowerShell helper behind the Windows fullscreen and Focus-assist signals (see
 * core/signals/windows-shell.ts for why it is one process). It prints a line every few seconds;
 * when Poise quits, its next write fails and it ends itself.
 */
const SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
Add-Type -Namespace Poise -Name Shell -MemberDefinition @'
[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);
[DllImport("ntdll.dll")] public static extern int NtQueryWnfStateData(ref ulong name, IntPtr type, IntPtr scope, out uint stamp, out uint buffer, ref uint size);
'@
while ($true) {
  $q = 'x'; $s = 0
  try { if ([Poise.Shell]::SHQueryUserNotificationState([ref]$s) -eq 0) { $q = $s } } catch {}
  # WNF_SHEL_QUIETHOURS_ACTIVE_PROFILE_CHANGED, as windows-focus-assist reads it.
  $f = 'x'; $name = [uint64]0x0D83063EA3BF1C75; $stamp = [uint32]0; $buf = [uint32]0; $size = [uint32]4
  try { if ([Poise.Shell]::NtQueryWnfStateData([ref]$name, [IntPtr]::Zero, [IntPtr]::Zero, [ref]$stamp, [ref]$buf, [ref]$size) -eq 0) { $f = $buf } } catch {}
  [Console]::Out.WriteLine("quns=$q focus=$f")
  [Console]::Out.Flush()
  Start-Sleep -Seconds 4
}
`;

/** A line older than this means the helper stalled. */
const STALE_MS = 15_000;

export type Spawn = (
  command: string,
  args: readonly string[],
  options: SpawnOptions,
) => ChildProcess;

export interface WindowsShell {
  /** The latest line, null while none is fresh; 'gone' once the helper cannot run. */
  latest(nowMs: number): WindowsShellLine | null | 'gone';
  stop(): void;
}

export function startWindowsShell(spawn: Spawn, now: () => number = Date.now): WindowsShell {
  let last: { line: WindowsShellLine; atMs: number } | null = null;
  let gone = false;
  let child: ChildProcess | null = null;
  try {
    // -EncodedCommand: the script reaches PowerShell byte for byte, with no quoting rules between.
    child = spawn(
      'powershell.exe',
      [
        '-NoLogo',
        '-NoProfile',
        '-NonInteractive',
        '-ExecutionPolicy',
        'Bypass',
        '-EncodedCommand',
        Buffer.from(SCRIPT, 'utf16le').toString('base64'),
      ],
      { windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch {
    gone = true;
  }
  let pending = '';
  child?.stdout?.setEncoding('utf8');
  child?.stdout?.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const text of lines) {
      const line = parseWindowsShellLine(text);
      if (line) last = { line, atMs: now() };
    }
  });
  child?.on('error', () => (gone = true));
  child?.on('exit', () => (gone = true));
  return {
    latest(nowMs) {
      if (gone) return 'gone';
      return last !== null && nowMs - last.atMs <= STALE_MS ? last.line : null;
    },
    stop() {
      gone = true;
      child?.kill();
    },
  };
}
