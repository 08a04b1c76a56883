/**
 * The real pose pipeline in Node, for tests, the eval CLI and the benchmark's reference runs:
 * tfjs wasm backend (the same kernels the browser uses), MoveNet read from models/ on disk
 * through an io.IOHandler (never a hub, never a file:// fetch), JPEG frames decoded with jpeg-js.
 * Works under vitest and under tsx.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import jpeg from 'jpeg-js';
import {
  createPoseDetector,
  type PixelData,
  type PoseDetector,
} from '../../renderer/pose/detector';
import {
  MOVENET_LIGHTNING_FILES,
  verifiedModelHandler,
  type Fetcher,
} from '../../renderer/pose/model-files';
import type { PostureSample } from '../../renderer/pose/posture-sample';
import { repoRoot } from './repo-paths';

export const MODEL_DIR = resolve(repoRoot, 'models/movenet-lightning');
const WASM_DIR = resolve(repoRoot, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';

/** Serve a folder the way the app protocol / preview server would: 404 for absent files. */
export const folderFetcher =
  (dir: string): Fetcher =>
  async (url) => {
    const name = url.slice(url.lastIndexOf('/') + 1);
    try {
      return new Response(await readFile(join(dir, name)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };

/**
 * Loads MoveNet Lightning (model.json + weights) from a folder on disk, through the app's own
 * verified loader: the files are checked against their shipped hashes before tfjs sees them.
 */
export function modelFolderHandler(dir: string = MODEL_DIR): tf.io.IOHandler {
  return verifiedModelHandler(dir, MOVENET_LIGHTNING_FILES, folderFetcher(dir));
}

let wasmReady: Promise<void> | undefined;

/** Select tfjs's wasm backend once per process; throws if tfjs ended up anywhere else. */
export function initNodeWasmBackend(): Promise<void> {
  wasmReady ??= (async () => {
    // A filesystem prefix: the emscripten loader reads it with fs in Node.
    setWasmPaths(WASM_DIR);
    const ok = await tf.setBackend('wasm');
    await tf.ready();
    if (!ok || tf.getBackend() !== 'wasm') {
      throw new Error(
        `tfjs wasm backend failed to start in Node (active backend: ${tf.getBackend()}).`,
      );
    }
  })();
  return wasmReady;
}

export interface NodePoseDetectorOptions {
  readonly minPoseScore?: number;
}

/** A ready MoveNet Lightning detector on tfjs wasm, reading models/ from disk. */
export async function createNodePoseDetector(
  options: NodePoseDetectorOptions = {},
): Promise<PoseDetector> {
  await initNodeWasmBackend();
  return createPoseDetector({
    modelUrl: modelFolderHandler(),
    backend: 'wasm',
    ...(options.minPoseScore === undefined ? {} : { minPoseScore: options.minPoseScore }),
  });
}

/** Decode a JPEG file into RGBA bytes, ImageData-shaped. */
export async function decodeJpegFile(path: string): Promise<PixelData> {
  const decoded = jpeg.decode(await readFile(path), { useTArray: true, formatAsRGBA: true });
  return { data: decoded.data, width: decoded.width, height: decoded.height };
}

/** An int32 [height, width, 3] tensor of an RGBA image. The caller disposes it. */
export function pixelsToTensor(image: PixelData): tf.Tensor3D {
  const rgb = new Int32Array(image.width * image.height * 3);
  for (let src = 0, dst = 0; dst < rgb.length; src += 4, dst += 3) {
    rgb[dst] = image.data[src]!;
    rgb[dst + 1] = image.data[src + 1]!;
    rgb[dst + 2] = image.data[src + 2]!;
  }
  return tf.tensor3d(rgb, [image.height, image.width, 3], 'int32');
}

export interface EstimateFileOptions {
  readonly timeMs?: number;
  /**
   * Read the frame on its own (default true): forget the crop region carried over from the
   * previous frame, so results do not depend on the order files are processed in. Pass false
   * when feeding consecutive frames of one video, as the live monitor does.
   */
  readonly independent?: boolean;
}

/** Run the detector on one JPEG file. */
export async function estimateImageFile(
  detector: PoseDetector,
  path: string,
  options: EstimateFileOptions = {},
): Promise<PostureSample | null> {
  if (options.independent ?? true) detector.reset();
  const tensor = pixelsToTensor(await decodeJpegFile(path));
  try {
    return await detector.estimate(tensor, options.timeMs ?? 0);
  } finally {
    tensor.dispose();
  }
}

export { tf };
