import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { EvalInputError, naturalOrder } from './image-folders';

/** One person in one session: a folder holding `upright/` and `slouched/` image folders. */
export interface FrontalSet {
  /** Path below the data folder with `/` separators, e.g. `frontal-webcam-b/s1`. */
  readonly name: string;
  readonly dir: string;
}

/**
 * Only top-level folders named `frontal-*` hold sets: calibration is personal, and a folder such
 * as side-view-photos mixes several people (and a side view the frontal metrics do not read).
 */
const FRONTAL_FOLDER = /^frontal-/;
/** Deep enough for `frontal-x/person/session`; the recordings are never nested deeper. */
const MAX_DEPTH = 3;
const LABELS = ['upright', 'slouched'] as const;

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
}

/**
 * Every frontal set under the data folder, sorted by name, so a recording added later is
 * evaluated (and gated) without anyone editing a list. Searches at most three levels down.
 */
export async function discoverFrontalSets(dataDir: string): Promise<FrontalSet[]> {
  const sets: FrontalSet[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const names = await subfolders(dir);
    if (LABELS.every((label) => names.includes(label))) {
      sets.push({ name: relative(dataDir, dir).split(sep).join('/'), dir });
    }
    if (depth === MAX_DEPTH) return;
    for (const name of names) {
      if ((LABELS as readonly string[]).includes(name)) continue;
      await visit(join(dir, name), depth + 1);
    }
  };
  let topLevel: string[];
  try {
    topLevel = await subfolders(dataDir);
  } catch {
    throw new EvalInputError(
      `The data folder cannot be read: ${dataDir} (the shared recordings sit in ../shared/data beside the repository, or set POISE_DATA_DIR).`,
    );
  }
  for (const name of topLevel) {
    if (FRONTAL_FOLDER.test(name)) await visit(join(dataDir, name), 1);
  }
  return sets.sort((a, b) => naturalOrder.compare(a.name, b.name));
}
