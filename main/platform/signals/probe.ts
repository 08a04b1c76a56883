import type { PlatformSignal, SignalReading } from '../../../shared/core/signals/signal-poll';
import type { Rect } from '../../../shared/core/signals/fullscreen';
import type { RunCommand } from './run-command';
import type { WindowsShellLine } from '../../../shared/core/signals/windows-shell';
import type { WindowsShell } from './windows-shell';

/**
 * One reading of a signal. 'unavailable': this system cannot tell (the tool is not installed, the
 * file is private), so Settings says so and the signal is no longer polled.
 */
export type ProbeReading = SignalReading | 'unavailable';

export interface SignalProbe {
  readonly signal: PlatformSignal;
  read(): Promise<ProbeReading>;
}

/** The part of node:fs/promises the probes use (typed by Node's own definitions). */
export interface ProbeFiles {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  readlink(path: string): Promise<string>;
}

/** Everything the probes ask of the system, so tests can stand in for any OS. */
export interface SignalSystem {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homeDir: string;
  readonly run: RunCommand;
  readonly files: ProbeFiles;
  /** The process ids of Poise itself (main, renderers, GPU and capture utilities). */
  ownPids(): ReadonlySet<number>;
  /** The executable the OS sees using the camera when Poise does (Windows privacy records). */
  readonly ownExePath: string;
  /** Every display's bounds, in the coordinates window lists use. */
  displays(): Rect[];
  /** One of Poise's windows is in front (Windows: its break window must not read as another app). */
  ownWindowFocused(): boolean;
  /** The Windows helper, started on first use. */
  windowsShell(): WindowsShell;
  now(): number;
}

/** The error code of a failed file read ('ENOENT', 'EACCES', 'EPERM', …). */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;

/**
 * A reading from the Windows helper's latest line: unavailable once the helper cannot run or the
 * line lacks this value, unknown while no line is fresh, else what `decide` makes of the value.
 */
export function fromWindowsShell<K extends keyof WindowsShellLine>(
  system: SignalSystem,
  field: K,
  decide: (value: NonNullable<WindowsShellLine[K]>) => ProbeReading,
): ProbeReading {
  const latest = system.windowsShell().latest(system.now());
  if (latest === 'gone') return 'unavailable';
  if (latest === null) return 'unknown';
  const value = latest[field];
  if (value === null || value === undefined) return 'unavailable';
  return decide(value as NonNullable<WindowsShellLine[K]>);
}
