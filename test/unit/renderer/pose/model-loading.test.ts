import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPoseDetector, validateDetectorConfig } from '../../../../renderer/pose/detector';
import { verifiedModelHandler } from '../../../../renderer/pose/model-files';
import { PoseError } from '../../../../renderer/pose/pose-errors';
import {
  MODEL_DIR,
  folderFetcher,
  initNodeWasmBackend,
  modelFolderHandler,
  tf,
} from '../../../support/node-pose';

const BIN = 'movenet-lightning.bin';

describe('detector config validation', () => {
  const handler = modelFolderHandler();
  it('accepts a URL or an IOHandler and fills the default minimum pose score', () => {
    expect(
      validateDetectorConfig({ modelUrl: 'models/movenet-lightning/model.json', backend: 'wasm' })
        .minPoseScore,
    ).toBe(0.25);
    expect(
      validateDetectorConfig({ modelUrl: handler, backend: 'webgl', minPoseScore: 0 }).minPoseScore,
    ).toBe(0);
  });

  it.each([
    [{ modelUrl: '', backend: 'wasm' }, /modelUrl/],
    [
      {
        modelUrl: 'https://tfhub.dev/google/tfjs-model/movenet/singlepose/lightning/4',
        backend: 'wasm',
      },
      /model hub/,
    ],
    [{ modelUrl: {}, backend: 'wasm' }, /IOHandler/],
    [{ modelUrl: 'm.json', backend: 'cpu' }, /backend must be 'wasm' or 'webgl', got "cpu"/],
    [
      { modelUrl: 'm.json', backend: 'wasm', minPoseScore: 1.5 },
      /minPoseScore must be within \[0, 1\], got 1.5/,
    ],
    [{ modelUrl: 'm.json', backend: 'wasm', minPoseScore: Number.NaN }, /minPoseScore/],
  ])('rejects %j with a clear RangeError', (config, message) => {
    expect(() => validateDetectorConfig(config as never)).toThrow(RangeError);
    expect(() => validateDetectorConfig(config as never)).toThrow(message);
  });
});

describe('loading the model files', () => {
  let broken: string;
  beforeAll(async () => {
    await initNodeWasmBackend();
    broken = mkdtempSync(join(tmpdir(), 'poise-model-'));
  });
  afterAll(() => rmSync(broken, { recursive: true, force: true }));

  const expectProblem = async (
    promise: Promise<unknown>,
    problem: string,
    message = /Reinstall Poise/,
  ) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PoseError);
    expect((error as PoseError).problem).toBe(problem);
    expect((error as PoseError).message).toMatch(message);
  };

  it('refuses to run when the requested backend is not the active one (no silent CPU fallback)', async () => {
    expect(tf.getBackend()).toBe('wasm');
    await expectProblem(
      createPoseDetector({ modelUrl: modelFolderHandler(), backend: 'webgl' }),
      'no-backend',
      /not active/,
    );
  });

  it('verifies and loads the shipped files, leaving only the model weights as tensors', async () => {
    const before = tf.memory().numTensors;
    const detector = await createPoseDetector({
      modelUrl: verifiedModelHandler(
        'models/movenet-lightning/',
        undefined,
        folderFetcher(MODEL_DIR),
      ),
      backend: 'wasm',
    });
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    detector.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reports a missing folder as model-missing (Node handler)', async () => {
    await expectProblem(
      createPoseDetector({ modelUrl: modelFolderHandler(join(broken, 'absent')), backend: 'wasm' }),
      'model-missing',
    );
  });

  it('reports a missing weights file as model-missing (verified handler)', async () => {
    const dir = join(broken, 'no-bin');
    writeFileSync(join(mkdir(dir), 'model.json'), readFileSync(join(MODEL_DIR, 'model.json')));
    await expectProblem(
      createPoseDetector({
        modelUrl: verifiedModelHandler('m/', undefined, folderFetcher(dir)),
        backend: 'wasm',
      }),
      'model-missing',
    );
  });

  it('reports truncated weights as model-corrupt, with either handler', async () => {
    const dir = mkdir(join(broken, 'truncated'));
    copyFileSync(join(MODEL_DIR, 'model.json'), join(dir, 'model.json'));
    writeFileSync(join(dir, BIN), readFileSync(join(MODEL_DIR, BIN)).subarray(0, 100_000));
    await expectProblem(
      createPoseDetector({ modelUrl: modelFolderHandler(dir), backend: 'wasm' }),
      'model-corrupt',
    );
    await expectProblem(
      createPoseDetector({
        modelUrl: verifiedModelHandler('m/', undefined, folderFetcher(dir)),
        backend: 'wasm',
      }),
      'model-corrupt',
    );
  });

  it('catches weights of the right size but wrong content by their hash', async () => {
    const dir = mkdir(join(broken, 'flipped'));
    copyFileSync(join(MODEL_DIR, 'model.json'), join(dir, 'model.json'));
    const bytes = readFileSync(join(MODEL_DIR, BIN));
    bytes[1234] = bytes[1234]! ^ 0xff;
    writeFileSync(join(dir, BIN), bytes);
    await expectProblem(
      createPoseDetector({
        modelUrl: verifiedModelHandler('m/', undefined, folderFetcher(dir)),
        backend: 'wasm',
      }),
      'model-corrupt',
    );
  });

  it('reports an unparsable model.json as model-corrupt', async () => {
    const dir = mkdir(join(broken, 'bad-json'));
    writeFileSync(join(dir, 'model.json'), '{"format": "graph-model", "modelTopo');
    copyFileSync(join(MODEL_DIR, BIN), join(dir, BIN));
    await expectProblem(
      createPoseDetector({ modelUrl: modelFolderHandler(dir), backend: 'wasm' }),
      'model-corrupt',
    );
    await expectProblem(
      createPoseDetector({
        modelUrl: verifiedModelHandler('m/', {}, folderFetcher(dir)),
        backend: 'wasm',
      }),
      'model-corrupt',
    );
  });
});

function mkdir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
