import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** A problem with what the user asked the eval to read: reported plainly, exit code 1. */
export class EvalInputError extends Error {
  override readonly name = 'EvalInputError';
}

const IMAGE_EXTENSION = /\.jpe?g$/i;
/** Natural order, so frame_2 comes before frame_10, as a person numbering files expects. */
export const naturalOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The JPEG files in a folder, in natural file-name order, as absolute paths. */
export async function listImages(dir: string, label: string): Promise<string[]> {
  const folder = resolve(dir);
  let info;
  try {
    info = await stat(folder);
  } catch {
    throw new EvalInputError(`The ${label} folder does not exist: ${folder}`);
  }
  if (!info.isDirectory()) throw new EvalInputError(`The ${label} path is not a folder: ${folder}`);
  const names = (await readdir(folder))
    .filter((name) => IMAGE_EXTENSION.test(name))
    .sort(naturalOrder.compare);
  if (names.length === 0) {
    throw new EvalInputError(`The ${label} folder has no .jpg or .jpeg images: ${folder}`);
  }
  return names.map((name) => join(folder, name));
}
