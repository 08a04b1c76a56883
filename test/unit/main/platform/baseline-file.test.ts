import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBaselineFile } from '../../../../main/platform/baseline-file';
import { BASELINE_VERSION, type Baseline } from '../../../../shared/posture/baseline';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'poise-baselines-'));

const baseline = (cameraId: string): Baseline => ({
  version: BASELINE_VERSION,
  cameraId,
  createdAtMs: 1000,
  frameCount: 10,
  metrics: { neckHeight: { median: 1.1, spread: 0.02, frames: 10 } },
  framing: null,
});

describe('calibration baselines on disk', () => {
  it('saves baselines per camera and reads each back', async () => {
    const dir = tempDir();
    const store = openBaselineFile(dir);
    await store.save(baseline('laptop'));
    await store.save(baseline('desk'));
    expect(await store.get('laptop')).toEqual([baseline('laptop')]);
    expect(await store.get('desk')).toEqual([baseline('desk')]);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'calibration.json'), 'utf8')))).toEqual([
      'laptop',
      'desk',
    ]);
  });

  it('returns no places for an unknown camera, including ids that name Object.prototype members', async () => {
    const store = openBaselineFile(tempDir());
    expect(await store.get('missing')).toEqual([]);
    await store.save(baseline('laptop'));
    expect(await store.get('toString')).toEqual([]);
    expect(await store.get('constructor')).toEqual([]);
  });

  it('keeps the place a camera was calibrated in before, beside a new one', async () => {
    const store = openBaselineFile(tempDir());
    const framed = (eyeX: number, createdAtMs: number): Baseline => ({
      ...baseline('laptop'),
      createdAtMs,
      framing: { eyeX, eyeY: 0.3, faceScale: 0.08 },
    });
    await store.save(framed(0.3, 1));
    await store.save(framed(0.6, 2));
    expect((await store.get('laptop')).map((b) => b.createdAtMs)).toEqual([2, 1]);
  });
});
