import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, copyFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, runEvalCommand } from '../../eval/eval-command';
import { runDevEvalCommand } from '../../eval/dev-eval-command';
import { listImages } from '../../eval/image-folders';
import { scoreCounts, totalCount } from '../../eval/eval-scores';
import { repoRoot, requireSharedData } from '../../support/repo-paths';
import { frontalPose } from '../shared/posture/support/synthetic-pose';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const never = async () => {
  throw new Error('the model must not be loaded for this input');
};

/**
 * A stand-in for the model that answers by folder: hand-built keypoints, upright or slumped, so
 * the calibration wiring is tested without MoveNet. Identical poses in both folders give a slump
 * that calibration cannot tell from upright.
 */
const synthetic = (slumped: boolean) => async () => ({
  estimate: async (path: string) =>
    slumped && /slouched/.test(path)
      ? frontalPose({ headDrop: 60, headScale: 1.3 })
      : frontalPose(),
  dispose: () => {},
});

describe('eval command errors', () => {
  let dir: string;
  let upright: string;
  let slouched: string;
  let empty: string;
  let corrupt: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'poise-eval-'));
    const frames = resolve(requireSharedData('frontal-webcam'), 'upright');
    upright = join(dir, 'upright');
    slouched = join(dir, 'slouched');
    empty = join(dir, 'empty');
    corrupt = join(dir, 'corrupt');
    await mkdir(upright);
    await mkdir(slouched);
    await mkdir(empty);
    await mkdir(corrupt);
    for (let i = 0; i < 7; i += 1) {
      const name = `frame_${String(i).padStart(4, '0')}.jpg`;
      await copyFile(join(frames, name), join(upright, name));
      // Only the synthetic estimator reads this folder: names matter, contents do not.
      await writeFile(join(slouched, name), '');
    }
    await writeFile(join(empty, 'notes.txt'), 'not an image');
    // A JPEG header followed by garbage: a file that looks like an image and is not one.
    await writeFile(
      join(corrupt, 'broken.jpg'),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]),
    );
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names a missing folder and exits 1 without loading the model', async () => {
    const { io, err } = capture();
    const code = await runEvalCommand(
      ['--upright', join(dir, 'nope'), '--slouched', upright],
      io,
      never,
    );
    expect(code).toBe(EXIT_INPUT_ERROR);
    expect(err.join('\n')).toMatch(/upright folder does not exist: .*nope/);
  });

  it('names an empty folder and exits 1', async () => {
    const { io, err } = capture();
    const code = await runEvalCommand(['--upright', upright, '--slouched', empty], io, never);
    expect(code).toBe(EXIT_INPUT_ERROR);
    expect(err.join('\n')).toMatch(/slouched folder has no \.jpg or \.jpeg images/);
  });

  it('refuses a calibration count that leaves nothing to score', async () => {
    const { io, err } = capture();
    const code = await runEvalCommand(
      ['--upright', upright, '--slouched', upright, '--calibration-frames', '7'],
      io,
      never,
    );
    expect(code).toBe(EXIT_INPUT_ERROR);
    expect(err.join('\n')).toMatch(/none would be left to score/);
  });

  it('refuses a slouch calibration count that leaves no slouched image to score', async () => {
    const { io, err } = capture();
    const code = await runEvalCommand(
      [
        ...['--upright', upright, '--slouched', upright, '--calibration-frames', '5'],
        ...['--slouched-calibration-frames', '7'],
      ],
      io,
      never,
    );
    expect(code).toBe(EXIT_INPUT_ERROR);
    expect(err.join('\n')).toMatch(/slouched folder has 7 images; .*none would be left to score/);
  });

  it('rejects unknown flags, missing folders and bad counts as usage errors', async () => {
    for (const argv of [
      ['--upright', upright],
      ['--upright', upright, '--slouched', upright, '--fast'],
      ['--upright', upright, '--slouched', upright, '--calibration-frames', 'ten'],
      ['--upright', upright, '--slouched', upright, '--calibration-frames', '0'],
      ['--upright', upright, '--slouched', upright, '--slouched-calibration-frames', 'ten'],
      ['--upright', upright, '--slouched', upright, '--slouched-calibration-frames', '2.5'],
      ['--upright', upright, '--slouched', upright, '--slouched-calibration-frames=-1'],
      ['--upright', upright, '--slouched', upright, '--slouched-calibration-frames'],
    ]) {
      const { io, err } = capture();
      const code = await runEvalCommand(argv, io, never);
      expect(code, argv.join(' ')).toBe(EXIT_USAGE);
      expect(err.join('\n')).toMatch(/usage: npm run eval/);
    }
  });

  it('reports a slouch calibration that failed and exits 1', async () => {
    const { io, err } = capture();
    const code = await runEvalCommand(
      [
        ...['--upright', upright, '--slouched', slouched, '--calibration-frames', '5'],
        ...['--slouched-calibration-frames', '5'],
      ],
      io,
      synthetic(false),
    );
    expect(code).toBe(EXIT_INPUT_ERROR);
    expect(err.join('\n')).toMatch(/Slouch calibration on the first 5 slouched images failed: /);
  });

  it('calibrates on the first slouched images and scores only the rest', async () => {
    const { io, out } = capture();
    const args = ['--upright', upright, '--slouched', slouched, '--calibration-frames', '5'];
    const code = await runEvalCommand(
      [...args, '--slouched-calibration-frames', '5', '--json'],
      io,
      synthetic(true),
    );
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(out.at(-1)!);
    expect(json.slouchCalibration.frames).toBe(5);
    expect(json.slouchCalibration.metrics.length).toBeGreaterThan(0);
    expect(totalCount(json.slouched)).toBe(2);
    expect(out[0]).toMatch(/slouch calibration: first 5 slouched images/);

    // Without the flag nothing changes: every slouched image is scored, no slouch fields.
    const plain = capture();
    expect(await runEvalCommand([...args, '--json'], plain.io, synthetic(true))).toBe(EXIT_OK);
    const before = JSON.parse(plain.out.at(-1)!);
    expect(before).not.toHaveProperty('slouchCalibration');
    expect(totalCount(before.slouched)).toBe(7);
  });

  it('names an unreadable image, with the real CLI process and model, and exits 1', async () => {
    const run = promisify(execFile);
    const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
    const error = await run(
      tsx,
      [
        'test/eval/eval-cli.ts',
        '--upright',
        upright,
        '--slouched',
        corrupt,
        '--calibration-frames',
        '5',
      ],
      {
        cwd: repoRoot,
      },
    ).then(
      () => null,
      (e: { code?: number; stderr?: string }) => e,
    );
    expect(error?.code).toBe(EXIT_INPUT_ERROR);
    expect(error?.stderr).toMatch(/Cannot read image .*broken\.jpg/);
  });

  it('prints counts and a JSON last line on success, with the real model', async () => {
    const { io, out } = capture();
    const code = await runEvalCommand(
      ['--upright', upright, '--slouched', upright, '--calibration-frames', '5', '--json'],
      io,
    );
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(out.at(-1)!);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'balancedAccuracy',
        'slouchRecall',
        'uprightFalseAlarmRate',
        'uncertain',
        'uncertainOrAwayShare',
        'msPerImage',
      ]),
    );
    // Two upright images scored, and seven "slouched" ones that are really upright.
    expect(
      json.upright.upright + json.upright.slouching + json.upright.uncertain + json.upright.away,
    ).toBe(2);
    expect(json.uprightFalseAlarmRate).toBe(0);
    expect(json.slouchRecall).toBe(0);
    expect(json.msPerImage).toBeGreaterThan(0);
    expect(
      out.some((l) => /balanced accuracy .*uncertain or away 0\.\d{3} of scored/.test(l)),
    ).toBe(true);
  });
});

describe('eval helpers', () => {
  it('orders images naturally: frame_2 before frame_10', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'poise-order-'));
    try {
      for (const name of ['frame_10.jpg', 'frame_2.JPG', 'frame_1.jpeg', 'readme.md']) {
        await writeFile(join(dir, name), '');
      }
      const names = (await listImages(dir, 'upright')).map((p) => p.slice(dir.length + 1));
      expect(names).toEqual(['frame_1.jpeg', 'frame_2.JPG', 'frame_10.jpg']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('scores upright as right unless slouching and slouched as right only when slouching', () => {
    const scores = scoreCounts(
      { upright: 90, slouching: 2, uncertain: 8, away: 0 },
      { upright: 10, slouching: 80, uncertain: 10, away: 0 },
    );
    expect(scores.uprightFalseAlarmRate).toBeCloseTo(0.02);
    expect(scores.slouchRecall).toBeCloseTo(0.8);
    expect(scores.balancedAccuracy).toBeCloseTo(0.89);
    expect(scores.uncertain).toBe(18);
    expect(scores.uncertainOrAwayShare).toBeCloseTo(18 / 200);
  });
});

describe('eval:dev command', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'poise-dev-eval-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** A data folder of empty .jpg files, for the synthetic estimator: `{ 'frontal-a': [15, 15] }`. */
  async function dataFolder(name: string, sets: Record<string, [number, number]>) {
    const dataDir = join(root, name);
    for (const [set, [uprightCount, slouchedCount]] of Object.entries(sets)) {
      for (const [label, count] of [
        ['upright', uprightCount],
        ['slouched', slouchedCount],
      ] as const) {
        await mkdir(join(dataDir, set, label), { recursive: true });
        for (let i = 0; i < count; i += 1)
          await writeFile(join(dataDir, set, label, `${i}.jpg`), '');
      }
    }
    return dataDir;
  }

  it('rejects unknown flags as usage errors', async () => {
    const { io, err } = capture();
    expect(await runDevEvalCommand(['--fast'], io, never, root)).toBe(EXIT_USAGE);
    expect(err.join('\n')).toMatch(/usage: npm run eval:dev/);
  });

  it('exits 1 without loading the model when there is no frontal set', async () => {
    const dataDir = await dataFolder('none', { 'side-view-photos': [9, 9] });
    const { io, err } = capture();
    expect(await runDevEvalCommand(['--gate'], io, never, dataDir)).toBe(EXIT_INPUT_ERROR);
    expect(err.join('\n')).toMatch(/No frontal set/);
  });

  it('names a set with an empty folder and exits 1 without loading the model', async () => {
    const dataDir = await dataFolder('empty', { 'frontal-webcam': [9, 0] });
    const { io, err } = capture();
    expect(await runDevEvalCommand([], io, never, dataDir)).toBe(EXIT_INPUT_ERROR);
    expect(err.join('\n')).toMatch(/frontal-webcam slouched folder has no \.jpg/);
  });

  it('judges each set in both modes and, with --gate, ends with the count line', async () => {
    const dataDir = await dataFolder('two', { 'frontal-webcam': [15, 15], 'frontal-b/s1': [9, 9] });
    const { io, out } = capture();
    const code = await runDevEvalCommand(['--gate'], io, synthetic(true), dataDir);
    expect(out.at(-1)).toMatch(/^eval: \d+ passed, 0 failed$/);
    expect(code).toBe(EXIT_OK);
    const json = JSON.parse(out.find((line) => line.startsWith('{'))!);
    expect(json.rows.map((r: { set: string; mode: string }) => `${r.set} ${r.mode}`)).toEqual([
      'frontal-b/s1 upright-only',
      'frontal-b/s1 personal',
      'frontal-webcam upright-only',
      'frontal-webcam personal',
    ]);
    // 9 upright images calibrate on 5 (the fewest calibration takes) and score 4.
    expect(totalCount(json.rows[0].upright)).toBe(4);
    expect(json.images).toBe(48);
  });
});
