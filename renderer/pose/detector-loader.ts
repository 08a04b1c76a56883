import { selectPoseBackend } from './backends';
import { createPoseDetector, type PoseDetector } from './detector';
import { verifiedModelHandler } from './model-files';
import { PoseError } from './pose-errors';

/**
 * The pose engine, loaded once per monitor: the tfjs backend chosen, MoveNet's files checked and
 * loaded. A failure becomes a PoseError naming the problem the tray and dashboard show.
 */
export interface DetectorChoice {
  /** Folder with model.json, relative to document.baseURI. */
  readonly modelBaseUrl: string;
  /** Folder with tfjs-backend-wasm's .wasm files. */
  readonly wasmBaseUrl: string;
  readonly allowWebgl: boolean;
}

export async function loadBrowserDetector(choice: DetectorChoice): Promise<PoseDetector> {
  const backend = await selectPoseBackend(choice);
  const folder = choice.modelBaseUrl.endsWith('/')
    ? choice.modelBaseUrl
    : `${choice.modelBaseUrl}/`;
  const modelBase = new URL(folder, document.baseURI).href;
  return createPoseDetector({ modelUrl: verifiedModelHandler(modelBase), backend });
}

export interface DetectorLoader {
  /** The loaded detector; rejects with a PoseError. A failure is not kept: the next call tries again. */
  load(): Promise<PoseDetector>;
  /** Free the model, now or as soon as a load in progress ends. */
  dispose(): void;
}

export function asPoseError(error: unknown): PoseError {
  return error instanceof PoseError
    ? error
    : new PoseError('no-backend', 'The pose engine failed to start.', { cause: error });
}

export function createDetectorLoader(load: () => Promise<PoseDetector>): DetectorLoader {
  let loading: Promise<PoseDetector> | undefined;
  return {
    load() {
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw asPoseError(error);
      });
      return loading;
    },
    dispose() {
      void loading?.then((detector) => detector.dispose()).catch(() => undefined);
      loading = undefined;
    },
  };
}
