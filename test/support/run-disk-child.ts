import { spawnSync } from 'node:child_process';
import { chownSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DiskScenario } from './disk-child';
import { repoRoot } from './repo-paths';

export interface DiskChildRun {
  /** The signal that ended the process: SIGKILL when a scenario crashed it on purpose. */
  readonly signal: NodeJS.Signals | null;
  readonly outcome: unknown;
}

// `nobody`: root may write into a read-only folder, so permissions are tested as someone else.
const NOBODY = 65534;

/**
 * Runs disk-child.ts on `dir`. `fileSizeLimitKiB` makes the kernel refuse to let a file it writes
 * grow past that size (the disk fills mid-write); `unprivileged` runs it as `nobody` when the
 * tests run as root, handing it `dir` so it may lock the folder itself.
 */
export function runDiskChild(
  scenario: DiskScenario,
  dir: string,
  options: { fileSizeLimitKiB?: number; unprivileged?: boolean } = {},
): DiskChildRun {
  const asNobody = options.unprivileged === true && process.getuid?.() === 0;
  if (asNobody) {
    for (const path of [dir, ...readdirSync(dir).map((name) => join(dir, name))])
      chownSync(path, NOBODY, NOBODY);
  }
  const node = [process.execPath, '--import', 'tsx', join(repoRoot, 'test/support/disk-child.ts')];
  const command =
    options.fileSizeLimitKiB === undefined
      ? node
      : ['bash', '-c', `ulimit -f ${options.fileSizeLimitKiB} && exec "$@"`, 'bash', ...node];
  const run = spawnSync(command[0]!, [...command.slice(1), scenario, dir], {
    cwd: repoRoot,
    encoding: 'utf8',
    // tsx's cache would be written under the file-size limit too (and as `nobody`).
    env: { ...process.env, TSX_DISABLE_CACHE: '1' },
    ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  if (run.signal === null && run.status !== 0) throw new Error(`disk child failed: ${run.stderr}`);
  return { signal: run.signal, outcome: run.stdout.trim() ? JSON.parse(run.stdout) : null };
}
