import { describe, expect, it } from 'vitest';
import type { PoseDetector } from '../../../../renderer/pose/detector';
import { createDetectorLoader } from '../../../../renderer/pose/detector-loader';
import { PoseError } from '../../../../renderer/pose/pose-errors';
import { fakeDetector } from './support/fake-detector';

const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('detector loader', () => {
  it('reports a failed start as no-backend, keeping the cause, and tries again on the next load', async () => {
    const detector = fakeDetector();
    const blocked = new Error('WebAssembly blocked');
    let loads = 0;
    const loader = createDetectorLoader(async () => {
      loads += 1;
      if (loads === 1) throw blocked;
      return detector;
    });

    const failure = await loader.load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PoseError);
    expect(failure).toMatchObject({ problem: 'no-backend', cause: blocked });

    await expect(loader.load()).resolves.toBe(detector);
    await expect(loader.load()).resolves.toBe(detector);
    expect(loads).toBe(2);
  });

  it("passes the pipeline's own problem on unchanged", async () => {
    const missing = new PoseError('model-missing', 'The pose model files are missing.');
    const loader = createDetectorLoader(() => Promise.reject(missing));
    await expect(loader.load()).rejects.toBe(missing);
  });

  it('dispose() frees the model, even one that finishes loading afterwards', async () => {
    const loaded = fakeDetector();
    const loader = createDetectorLoader(async () => loaded);
    await loader.load();
    loader.dispose();
    await settled();
    expect(loaded.disposed).toBe(1);

    const late = fakeDetector();
    let finish: (detector: PoseDetector) => void = () => undefined;
    const slow = createDetectorLoader(() => new Promise((resolve) => (finish = resolve)));
    const loading = slow.load();
    slow.dispose();
    finish(late);
    await loading;
    await settled();
    expect(late.disposed).toBe(1);
  });
});
