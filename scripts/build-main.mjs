// Bundle the Electron main process and the preload with esbuild. The preload must be one CommonJS
// file: sandboxed preloads cannot load ES modules or require anything but a few Electron modules.
// `--outdir <dir>` (default dist) lets the smoke test build the very same bundles elsewhere.
import { build } from 'esbuild';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });

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
  outfile: join(values.outdir, 'main/index.cjs'),
  format: 'cjs',
  external: ['electron'],
});

await build({
  ...common,
  entryPoints: ['preload/preload.ts'],
  outfile: join(values.outdir, 'preload/preload.cjs'),
  format: 'cjs',
  external: ['electron'],
});
