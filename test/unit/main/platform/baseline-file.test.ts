import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBaselineFile } from '../../../../main/platform/baseline-file';
import type { JsonRecovery } from '../../../../main/platform/json-file';
import { BASELINE_VERSION, type Baseline } from '../../../../shared/posture/baseline';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'poise-baselines-'));
const clock = { now: () => 42 };
const open = (dir: string, recoveries: JsonRecovery[] = []) =>
  openBaselineFile(dir, clock, (recovery) => recoveries.push(recovery));

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
    const store = open(dir);
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
    const store = open(tempDir());
    expect(await store.get('missing')).toEqual([]);
    await store.save(baseline('laptop'));
    expect(await store.get('toString')).toEqual([]);
    expect(await store.get('constructor')).toEqual([]);
  });

  it('keeps the place a camera was calibrated in before, beside a new one', async () => {
    const store = open(tempDir());
    const framed = (eyeX: number, createdAtMs: number): Baseline => ({
      ...baseline('laptop'),
      createdAtMs,
      framing: { eyeX, eyeY: 0.3, faceScale: 0.08 },
    });
    await store.save(framed(0.3, 1));
    await store.save(framed(0.6, 2));
    expect((await store.get('laptop')).map((b) => b.createdAtMs)).toEqual([2, 1]);
  });

  it('two calibrations saved at once both stay', async () => {
    const dir = tempDir();
    const store = open(dir);
    await Promise.all([store.save(baseline('laptop')), store.save(baseline('desk'))]);
    expect(await open(dir).get('laptop')).toEqual([baseline('laptop')]);
    expect(await open(dir).get('desk')).toEqual([baseline('desk')]);
  });

  it('a damaged place is dropped, the others are kept, and the original file is kept aside', async () => {
    const dir = tempDir();
    const original = JSON.stringify({
      laptop: [baseline('laptop')],
      desk: [{ ...baseline('desk'), frameCount: -1 }],
    });
    writeFileSync(join(dir, 'calibration.json'), original);
    const recoveries: JsonRecovery[] = [];
    const store = open(dir, recoveries);
    expect(await store.get('laptop')).toEqual([baseline('laptop')]);
    const backupPath = join(dir, 'calibration.corrupt-42.json');
    expect(recoveries).toEqual([
      { problem: { kind: 'invalid', fields: ['desk.0.frameCount'] }, backupPath },
    ]);
    expect(readFileSync(backupPath, 'utf8')).toBe(original);
    expect(await store.get('desk')).toEqual([]);
    expect(recoveries).toHaveLength(1);
  });

  it('an unreadable file is kept aside when a save finds it, and the new calibration is stored', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'calibration.json'), '{"laptop": [');
    const recoveries: JsonRecovery[] = [];
    await open(dir, recoveries).save(baseline('desk'));
    expect(recoveries.map((r) => r.problem)).toEqual([{ kind: 'unreadable' }]);
    expect(readFileSync(join(dir, 'calibration.corrupt-42.json'), 'utf8')).toBe('{"laptop": [');
    expect(await open(dir).get('desk')).toEqual([baseline('desk')]);
  });
});
