import { join } from 'node:path';
import type { BaselinePort, Clock } from '../../shared/app/ports';
import {
  baselineBookSchema,
  parseBaselineBook,
  placesFor,
  withBaseline,
  type BaselineBook,
} from '../../shared/posture/baseline';
import { openJsonFile, type JsonOutcome, type JsonRecovery, type Parsed } from './json-file';

/**
 * Calibration baselines in `calibration.json` beside the settings, per camera its places. A
 * damaged entry is dropped (the person recalibrates that camera) and the original file is kept
 * aside; `onRecovered` hears where.
 */
export function openBaselineFile(
  dir: string,
  clock: Clock,
  onRecovered: (recovery: JsonRecovery) => void,
): BaselinePort {
  const file = openJsonFile<BaselineBook>({
    path: join(dir, 'calibration.json'),
    parse: parseStoredBook,
    fallback: () => ({}),
    clock,
  });
  const reported = (outcome: JsonOutcome<BaselineBook>): BaselineBook => {
    if (outcome.recovery) onRecovered(outcome.recovery);
    return outcome.value;
  };
  return {
    async get(cameraId) {
      return placesFor(reported(file.read()), cameraId);
    },
    async save(baseline) {
      // One read-change-write: two calibrations saved at once both stay.
      reported(file.update((book) => withBaseline(book, baseline)));
    },
  };
}

function parseStoredBook(raw: unknown): Parsed<BaselineBook> {
  const checked = baselineBookSchema.safeParse(raw);
  return {
    // Every place that still parses is kept, so one damaged place does not lose the others.
    value: parseBaselineBook(raw),
    dropped: checked.success
      ? []
      : checked.error.issues.map((i) => i.path.join('.') || '(everything)'),
  };
}
