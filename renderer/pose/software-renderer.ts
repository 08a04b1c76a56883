/**
 * WebGL through a software rasteriser (SwiftShader, llvmpipe...) runs MoveNet at ~280 ms per
 * frame on this class of machine, 7x slower than wasm, so it only counts as WebGL when the
 * renderer string names real hardware. An unknown renderer is treated as software: wasm is
 * always a safe choice, a slow GPU path is not.
 */
const SOFTWARE_RENDERERS =
  /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render|mesa offscreen|google swiftshader/i;

export function isSoftwareRenderer(renderer: string | null | undefined): boolean {
  if (!renderer || renderer.trim() === '') return true;
  return SOFTWARE_RENDERERS.test(renderer);
}

/** The unmasked WebGL renderer name, or null when WebGL or the debug extension is unavailable. */
export function webglRendererName(): string | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ??
    canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return null;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : null;
    return typeof name === 'string' ? name : null;
  } finally {
    // Give the context back at once: browsers cap the number of live WebGL contexts.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
