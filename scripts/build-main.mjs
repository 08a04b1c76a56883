// Bundle the Electron main process and the preload with esbuild. The preload must be one CommonJS
// file: sandboxed preloads cannot load ES modules or require anything but a few Electron modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['main/index.ts'],
  outfile: 'dist/main/index.cjs',
  format: 'cjs',
  external: ['electron'],
});

await build({
  ...common,
  entryPoints: ['preload/preload.ts'],
  outfile: 'dist/preload/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
