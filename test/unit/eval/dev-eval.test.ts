import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatGate, gateChecks } from '../../eval/dev-gate';
import { calibrationCount, planFor, type DevMode } from '../../eval/dev-plan';
import { summarizeMode, type DevRow } from '../../eval/dev-results';
import { scoreCounts, type StateCounts } from '../../eval/eval-scores';
import { discoverFrontalSets } from '../../eval/frontal-sets';
import { EvalInputError } from '../../eval/image-folders';

describe('frontal set discovery', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'poise-sets-'));
    for (const set of [
      'frontal-webcam',
      'frontal-webcam-b/s1',
      'frontal-webcam-b/s2',
      'frontal-c/person/session', // three levels down: still found
      'frontal-d/a/b/c', // four levels down: too deep
      'side-view-photos', // several people: not a frontal set
    ]) {
      await mkdir(join(root, set, 'upright'), { recursive: true });
      await mkdir(join(root, set, 'slouched'), { recursive: true });
    }
    await mkdir(join(root, 'frontal-e/only/upright'), { recursive: true });
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('finds every folder with upright/ and slouched/ under frontal-*, and nothing else', async () => {
    const sets = await discoverFrontalSets(root);
    expect(sets.map((s) => s.name)).toEqual([
      'frontal-c/person/session',
      'frontal-webcam',
      'frontal-webcam-b/s1',
      'frontal-webcam-b/s2',
    ]);
    expect(sets[1]!.dir).toBe(join(root, 'frontal-webcam'));
  });

  it('reports a data folder that is not there as an input error', async () => {
    await expect(discoverFrontalSets(join(root, 'nope'))).rejects.toThrow(EvalInputError);
  });
});

describe('calibration counts', () => {
  it('takes a third of the folder, at most 10 and at least the 5 calibration needs', () => {
    expect([280, 15, 17].map(calibrationCount)).toEqual([10, 5, 5]);
    expect([354, 14, 19].map(calibrationCount)).toEqual([10, 5, 6]);
    expect(calibrationCount(33)).toBe(10);
  });

  it('adds the slouch calibration only in personal mode', () => {
    expect(planFor('upright-only', 15, 19)).toEqual({
      calibrationFrames: 5,
      slouchedCalibrationFrames: 0,
    });
    expect(planFor('personal', 15, 19)).toEqual({
      calibrationFrames: 5,
      slouchedCalibrationFrames: 6,
    });
  });
});

const counts = (upright: number, slouching: number, uncertain = 0, away = 0): StateCounts => ({
  upright,
  slouching,
  uncertain,
  away,
});

/** A hand-made row: upright and slouched verdict counts in, scores as the eval computes them. */
function row(
  set: string,
  upright: StateCounts,
  slouched: StateCounts,
  mode: DevMode = 'upright-only',
): DevRow {
  const result = {
    ...scoreCounts(upright, slouched),
    calibrationFrames: 5,
    calibrationUsable: 5,
    sensitivity: 5,
    upright,
    slouched,
  };
  return { set, mode, ok: true, result };
}

const failedNames = (rows: readonly DevRow[]) =>
  gateChecks(rows)
    .filter((check) => !check.pass)
    .map((check) => check.name);

describe('the eval gate', () => {
  const good = [
    row('frontal-webcam', counts(270, 0), counts(7, 347)),
    row('frontal-webcam-b/s1', counts(10, 0), counts(0, 14)),
  ];

  it('passes when every set meets the bar, and prints the count line last', () => {
    const checks = gateChecks(good);
    expect(checks.every((check) => check.pass)).toBe(true);
    // Three per set, the pooled false-alarm rate, two for the reference recording.
    expect(checks).toHaveLength(3 * 2 + 1 + 2);
    expect(formatGate(checks).at(-1)).toBe('eval: 9 passed, 0 failed');
  });

  it('fails a set below the bar, one check per broken bound', () => {
    const rows = [...good, row('frontal-webcam-b/s2', counts(10, 2), counts(4, 5, 6, 1))];
    expect(failedNames(rows)).toEqual([
      'frontal-webcam-b/s2: balancedAccuracy >= 0.90',
      'frontal-webcam-b/s2: uprightFalseAlarmRate <= 0.10',
      'frontal-webcam-b/s2: uncertainOrAwayShare <= 0.15',
    ]);
    const lines = formatGate(gateChecks(rows));
    expect(lines).toContain('FAIL frontal-webcam-b/s2: uprightFalseAlarmRate <= 0.10 (got 0.167)');
    expect(lines.at(-1)).toBe('eval: 9 passed, 3 failed');
  });

  it('pools upright false alarms over sets: each within 0.10 can still fail together', () => {
    const rows = [
      row('frontal-webcam', counts(98, 2), counts(0, 100)),
      row('frontal-x', counts(91, 9), counts(0, 100)),
      row('frontal-y', counts(91, 9), counts(0, 100)),
    ];
    expect(failedNames(rows)).toEqual(['pooled uprightFalseAlarmRate <= 0.05']);
    expect(summarizeMode(rows, 'upright-only').pooledUprightFalseAlarms).toEqual({
      slouching: 20,
      scored: 300,
      rate: 20 / 300,
    });
  });

  it('holds frontal-webcam to its tighter bar, and fails when it is missing', () => {
    const slipped = [row('frontal-webcam', counts(97, 3), counts(5, 95)), good[1]!];
    expect(failedNames(slipped)).toEqual(['frontal-webcam: uprightFalseAlarmRate <= 0.02']);
    expect(failedNames([good[1]!])).toEqual([
      'frontal-webcam: balancedAccuracy >= 0.95',
      'frontal-webcam: uprightFalseAlarmRate <= 0.02',
    ]);
  });

  it('fails every check of a set whose calibration failed', () => {
    const broken: DevRow = { set: 'frontal-z', mode: 'upright-only', ok: false, error: 'no one' };
    expect(failedNames([...good, broken])).toHaveLength(3);
  });

  it('does not gate personal mode', () => {
    const personal = row('frontal-webcam-b/s1', counts(5, 5), counts(10, 0), 'personal');
    const failed: DevRow = { set: 'frontal-webcam', mode: 'personal', ok: false, error: 'x' };
    expect(failedNames([...good, personal, failed])).toEqual([]);
  });
});

describe('mode summaries', () => {
  it('gives the mean over sets and the worst set on each count', () => {
    const rows = [
      row('frontal-a', counts(100, 0), counts(0, 100)),
      row('frontal-b', counts(90, 10, 0), counts(20, 70, 10)),
      row('frontal-b', counts(1, 0), counts(0, 1), 'personal'),
    ];
    const summary = summarizeMode(rows, 'upright-only');
    expect(summary.judged).toBe(2);
    expect(summary.mean?.balancedAccuracy).toBeCloseTo((1 + 0.8) / 2);
    expect(summary.worst).toEqual({
      balancedAccuracy: 0.8,
      uprightFalseAlarmRate: 0.1,
      uncertainOrAwayShare: 0.05,
    });
  });
});
