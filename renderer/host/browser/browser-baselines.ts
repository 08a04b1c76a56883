import type { BaselinePort } from '../../../shared/app/ports';
import { parseBaselineBook, placesFor, withBaseline } from '../../../shared/posture/baseline';

export const BASELINES_KEY = 'poise.calibration';

/** Calibration baselines for the browser host, per camera its places, in localStorage. */
export function openBrowserBaselines(storage: Storage): BaselinePort {
  const read = () => {
    try {
      return parseBaselineBook(JSON.parse(storage.getItem(BASELINES_KEY) ?? '{}'));
    } catch {
      return {};
    }
  };
  return {
    get: async (cameraId) => placesFor(read(), cameraId),
    save: async (baseline) =>
      storage.setItem(BASELINES_KEY, JSON.stringify(withBaseline(read(), baseline))),
  };
}
