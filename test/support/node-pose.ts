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
import type { PostureSample } from '../../renderer/pose/posture-sample';
import { repoRoot } from './repo-paths';

export const MODEL_DIR = resolve(repoRoot, 'models/movenet-lightning');
const WASM_DIR = resolve(repoRoot, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';

/** Loads a tfjs graph model (model.json + weight shards) from a folder on disk. */
export function modelFolderHandler(dir: string = MODEL_DIR): tf.io.IOHandler {
  return {
    load: async () => {
      const modelJson = JSON.parse(
        await readFile(join(dir, 'model.json'), 'utf8'),
      ) as tf.io.ModelJSON;
      return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
        const specs: tf.io.WeightsManifestEntry[] = [];
        const shards: Uint8Array[] = [];
        for (const group of manifest) {
          specs.push(...group.weights);
          for (const path of group.paths) shards.push(await readFile(join(dir, path)));
        }
        return [specs, concatenate(shards)];
      });
    },
  };
}

function concatenate(parts: readonly Uint8Array[]): ArrayBuffer {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out.buffer;
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
  readonly modelDir?: string;
  readonly minPoseScore?: number;
}

/** A ready MoveNet Lightning detector on tfjs wasm, reading models/ from disk. */
export async function createNodePoseDetector(
  options: NodePoseDetectorOptions = {},
): Promise<PoseDetector> {
  await initNodeWasmBackend();
  return createPoseDetector({
    modelUrl: modelFolderHandler(options.modelDir),
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
