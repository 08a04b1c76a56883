import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replace the file at `path` with `text` so that a crash or a full disk at any moment leaves
 * either the old file or the new one, never a mix: write a temporary file beside it, flush it to
 * the disk, and rename it over the old one.
 *
 * Written here rather than taken from `atomically` (2.1.1) or `write-file-atomic` (8.0.0): their
 * synchronous writers issue a single write() and ignore a short one, so on a nearly full disk
 * they rename a truncated file over a good one and report success (seen here with `atomically`
 * under a 1 KiB file-size limit). `writeFileSync` on a descriptor writes until every byte is
 * down, or throws.
 */
export function writeFileAtomically(path: string, text: string): void {
  // One fixed name: a temporary file left by a crash is overwritten by the next save instead of
  // piling up. Poise holds a single-instance lock, so no other process writes beside it.
  const temp = `${path}.tmp`;
  try {
    // Owner only: the files describe a person's body and habits.
    const fd = openSync(temp, 'w', 0o600);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  flushDirectory(dirname(path));
}

/** The first error is the one worth reporting; a temporary file that stays is harmless. */
function removeQuietly(path: string): void {
  try {
    // Not recursive: if something other than our file sits at this name, it is left alone.
    rmSync(path, { force: true });
  } catch {
    // Nothing to add to the error being thrown.
  }
}

/**
 * The rename lives in the directory, which has its own cache: without flushing it a power cut can
 * still bring back the old file. Windows cannot open a directory, and NTFS journals renames.
 */
function flushDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
