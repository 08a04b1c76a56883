import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaselinePort } from '../../shared/app/ports';
import {
  parseBaselineBook,
  placesFor,
  withBaseline,
  type BaselineBook,
} from '../../shared/posture/baseline';

/**
 * Calibration baselines in `calibration.json` beside the settings, per camera its places. A
 * damaged entry is dropped on read (the user recalibrates that camera); writes go through a
 * temporary file and a rename so a crash never leaves half a file.
 */
export function openBaselineFile(dir: string): BaselinePort {
  const path = join(dir, 'calibration.json');
  const read = async (): Promise<BaselineBook> => {
    try {
      return parseBaselineBook(JSON.parse(await readFile(path, 'utf8')));
    } catch {
      return {};
    }
  };
  return {
    async get(cameraId) {
      return placesFor(await read(), cameraId);
    },
    async save(baseline) {
      const book = withBaseline(await read(), baseline);
      const temp = `${path}.tmp`;
      await writeFile(temp, JSON.stringify(book));
      await rename(temp, path);
    },
  };
}
