import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the calling file sits below it. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared recordings live beside the repository (../shared/data), never inside it.
 * POISE_DATA_DIR overrides the location for people running the tools on their own data.
 */
export const sharedDataDir = process.env.POISE_DATA_DIR ?? resolve(repoRoot, '../shared/data');

export function requireSharedData(subdir: string): string {
  const dir = resolve(sharedDataDir, subdir);
  if (!existsSync(dir)) {
    throw new Error(
      `Test data folder not found: ${dir}. Poise's tests read the shared recordings from ../shared/data beside the repository (or set POISE_DATA_DIR).`,
    );
  }
  return dir;
}

const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

/** Full paths of one shared recording's frames (frontal-webcam/LABEL), in natural order. */
export function recordingFrames(label: 'upright' | 'slouched'): string[] {
  const dir = requireSharedData(`frontal-webcam/${label}`);
  return readdirSync(dir)
    .filter((name) => /\.jpe?g$/i.test(name))
    .sort(naturalOrder)
    .map((name) => join(dir, name));
}
