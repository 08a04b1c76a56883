import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, copyFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXIT_INPUT_ERROR,
  EXIT_OK,
  EXIT_USAGE,
  runEvalCommand,
} from '../../../test/eval/eval-command';
import { listImages } from '../../../test/eval/image-folders';
import { scoreCounts } from '../../../test/eval/eval-scores';
import { repoRoot, requireSharedData } from '../../support/repo-paths';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const never = async () => {
  throw new Error('the model must not be loaded for this input');
};

describe('eval command errors', () => {
  let dir: string;
  let upright: string;
  let empty: string;
  let corrupt: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'poise-eval-'));
    const frames = resolve(requireSharedData('frontal-webcam'), 'upright');
    upright = join(dir, 'upright');
    empty = join(dir, 'empty');
    corrupt = join(dir, 'corrupt');
    await mkdir(upright);
    await mkdir(empty);
    await mkdir(corrupt);
    for (let i = 0; i < 7; i += 1) {
      const name = `frame_${String(i).padStart(4, '0')}.jpg`;
      await copyFile(join(frames, name), join(upright, name));
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

  it('rejects unknown flags, missing folders and non-numeric counts as usage errors', async () => {
    for (const argv of [
      ['--upright', upright],
      ['--upright', upright, '--slouched', upright, '--fast'],
      ['--upright', upright, '--slouched', upright, '--calibration-frames', 'ten'],
    ]) {
      const { io, err } = capture();
      const code = await runEvalCommand(argv, io, never);
      expect(code === EXIT_USAGE || code === EXIT_INPUT_ERROR, argv.join(' ')).toBe(true);
      expect(err.join('\n')).not.toBe('');
    }
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
    expect(out.some((l) => /balanced accuracy/.test(l))).toBe(true);
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
  });
});
