import * as tf from '@tensorflow/tfjs-core';
import { PoseError } from './pose-errors';

/** Folder with MoveNet's model.json and weights, relative to document.baseURI. */
export const MODEL_BASE_URL = 'models/movenet-lightning/';
/** Folder with tfjs-backend-wasm's .wasm files, relative to document.baseURI. */
export const WASM_BASE_URL = 'wasm/';

/**
 * The model files Poise ships in models/, with their SHA-256 so a damaged install is reported
 * as 'model-corrupt' instead of producing silently wrong keypoints. Update the hashes together
 * with the files (see models/README.md).
 */
export const MOVENET_LIGHTNING_FILES: Readonly<Record<string, string>> = {
  'model.json': 'df8cbde44d00f533ccc4916a7c6ebc17316532fb3fadad114ec667fef22872e9',
  'movenet-lightning.bin': 'bf97bc10d9c8a11200b0190ed64ce039b6252f1aff7cb552aca99b3d191c2f34',
};

export type Fetcher = (url: string) => Promise<Response>;

/**
 * An io.IOHandler that fetches model.json and its weight shards from `baseUrl` (same origin or
 * the app's protocol, never a hub) and checks each file against `expected` before tfjs sees it.
 */
export function verifiedModelHandler(
  baseUrl: string,
  expected: Readonly<Record<string, string>> = MOVENET_LIGHTNING_FILES,
  fetcher: Fetcher = (url) => fetch(url),
): tf.io.IOHandler {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const label = base;
  const get = async (name: string): Promise<Uint8Array> => {
    let response: Response;
    try {
      response = await fetcher(base + name);
    } catch (error) {
      throw new PoseError('model-missing', missingMessage(label), { cause: error });
    }
    // A single-page-app server answers unknown paths with its index.html (vite preview does):
    // an HTML page where a model file should be means the file is not there.
    const htmlFallback = (response.headers.get('content-type') ?? '').startsWith('text/html');
    if (response.ok && htmlFallback) throw new PoseError('model-missing', missingMessage(label));
    if (!response.ok) {
      throw new PoseError(
        response.status === 404 ? 'model-missing' : 'model-corrupt',
        response.status === 404 ? missingMessage(label) : corruptMessage(label),
      );
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const want = expected[name];
    if (want !== undefined) {
      const got = await sha256Hex(bytes);
      if (got !== null && got !== want) throw new PoseError('model-corrupt', corruptMessage(label));
    }
    return bytes;
  };
  return {
    load: async () => {
      const jsonBytes = await get('model.json');
      let modelJson: tf.io.ModelJSON;
      try {
        modelJson = JSON.parse(new TextDecoder().decode(jsonBytes)) as tf.io.ModelJSON;
      } catch (error) {
        throw new PoseError('model-corrupt', corruptMessage(label), { cause: error });
      }
      if (
        !modelJson ||
        typeof modelJson !== 'object' ||
        !modelJson.modelTopology ||
        !Array.isArray(modelJson.weightsManifest)
      ) {
        throw new PoseError('model-corrupt', corruptMessage(label));
      }
      return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
        const specs: tf.io.WeightsManifestEntry[] = [];
        const shards: Uint8Array[] = [];
        for (const group of manifest) {
          specs.push(...group.weights);
          for (const path of group.paths) shards.push(await get(path));
        }
        return [specs, concatenate(shards)];
      });
    },
  };
}

/** Hex SHA-256, or null where WebCrypto is unavailable (then tfjs's own shape checks remain). */
async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function concatenate(parts: readonly Uint8Array[]): ArrayBuffer {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out.buffer;
}

const missingMessage = (where: string) =>
  `The pose model files are missing (${where}). Reinstall Poise to restore them.`;
const corruptMessage = (where: string) =>
  `The pose model files are damaged (${where}). Reinstall Poise to restore them.`;
