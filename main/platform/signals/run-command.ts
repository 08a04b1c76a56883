import type { ExecFileException, ExecFileOptionsWithStringEncoding } from 'node:child_process';

/** What a signal probe learns from running a command: its output, or why there is none. */
export type CommandResult =
  | { readonly ok: true; readonly stdout: string }
  /** `missing`: the program is not installed here (ENOENT), so the signal is unavailable. */
  | { readonly ok: false; readonly missing: boolean };

export type RunCommand = (file: string, args: readonly string[]) => Promise<CommandResult>;

/** Long enough for a busy machine, short enough that a hung tool never piles up polls. */
export const COMMAND_TIMEOUT_MS = 3_000;

/** node:child_process execFile, as far as it is used here (typed by Node's own definitions). */
export type ExecFile = (
  file: string,
  args: readonly string[],
  options: ExecFileOptionsWithStringEncoding,
  callback: (error: ExecFileException | null, stdout: string, stderr: string) => void,
) => unknown;

/**
 * Commands run without a shell (execFile: no quoting, nothing interpreted), with a timeout, a
 * small output cap, and the C locale so that tools such as pactl print their English field names.
 */
export function commandRunner(
  execFile: ExecFile,
  env: Readonly<Record<string, string | undefined>>,
): RunCommand {
  return (file, args) =>
    new Promise((resolve) => {
      execFile(
        file,
        args,
        {
          encoding: 'utf8',
          timeout: COMMAND_TIMEOUT_MS,
          maxBuffer: 4 * 1024 * 1024,
          windowsHide: true,
          env: { ...env, LC_ALL: 'C', LANG: 'C' },
        },
        (error, stdout) => {
          if (error) resolve({ ok: false, missing: error.code === 'ENOENT' });
          else resolve({ ok: true, stdout });
        },
      );
    });
}
