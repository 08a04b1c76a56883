import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { PoseError } from './pose-errors';
import type { PoseBackendName } from './posture-sample';
import { isSoftwareRenderer, webglRendererName } from './software-renderer';

export interface BackendOptions {
  /** Folder holding tfjs-backend-wasm's .wasm files, relative to document.baseURI (e.g. 'wasm/'). */
  readonly wasmBaseUrl: string;
  /** settings.monitoring.allowWebgl: use WebGL when it is hardware-backed. */
  readonly allowWebgl: boolean;
}

let chosen: Promise<PoseBackendName> | undefined;

/**
 * Pick and start the tfjs backend once per page: hardware WebGL if allowed and present, else
 * wasm. Throws PoseError('no-backend') rather than let tfjs fall back to its pure-JS 'cpu'
 * backend (~850 ms per frame here), which would pin a core.
 */
export function selectPoseBackend(options: BackendOptions): Promise<PoseBackendName> {
  chosen ??= choose(options).catch((error: unknown) => {
    chosen = undefined; // allow a later retry (e.g. after the files are restored)
    throw error;
  });
  return chosen;
}

async function choose({ wasmBaseUrl, allowWebgl }: BackendOptions): Promise<PoseBackendName> {
  // Fewer checks in kernels; nothing here needs tfjs's debug safety nets.
  tf.env().set('PROD', true);
  if (allowWebgl && !isSoftwareRenderer(webglRendererName())) {
    try {
      // Loaded only when it will be used: the WebGL backend is large and most machines use wasm.
      await import('@tensorflow/tfjs-backend-webgl');
      if ((await tf.setBackend('webgl')) && tf.getBackend() === 'webgl') return 'webgl';
    } catch {
      // fall through to wasm
    }
  }
  // Without cross-origin isolation there is no SharedArrayBuffer, and a pthread pool spins on
  // idle cores anyway; the single-threaded SIMD build is the low-CPU choice for one small model.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(
    new URL(wasmBaseUrl.endsWith('/') ? wasmBaseUrl : `${wasmBaseUrl}/`, document.baseURI).href,
  );
  let ok: boolean;
  try {
    ok = await tf.setBackend('wasm');
  } catch {
    ok = false;
  }
  if (!ok || tf.getBackend() !== 'wasm') {
    throw new PoseError(
      'no-backend',
      'Poise could not start its pose engine (WebAssembly failed to load). Reinstall Poise or check that WebAssembly is allowed.',
    );
  }
  return 'wasm';
}
