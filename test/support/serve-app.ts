import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, loadConfigFromFile, preview, type PreviewServer } from 'vite';
import { LAB_MODE } from '../../vite.config';
import { repoRoot } from './repo-paths';

/**
 * Build the renderer into `outDir` with the project's own vite.config.ts (same wasm and model
 * copies, same aliases). `pages` (names in renderer/, without .html) builds only those pages:
 * the benchmark builds just the pose lab, so a half-finished page elsewhere cannot stop it.
 */
export async function buildApp(outDir: string, pages?: readonly string[]): Promise<void> {
  // The lab mode adds the test benches (lab pages) to the app's pages; the app build leaves them out.
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: LAB_MODE },
    resolve(repoRoot, 'vite.config.ts'),
  );
  if (!loaded) throw new Error('vite.config.ts not found');
  const { config } = loaded;
  await build({
    ...config,
    configFile: false,
    mode: LAB_MODE,
    logLevel: 'warn',
    build: {
      ...config.build,
      outDir,
      emptyOutDir: true,
      // Replace (not merge with) the app's page list.
      ...(pages && {
        rollupOptions: {
          ...config.build?.rollupOptions,
          input: Object.fromEntries(
            pages.map((name) => [name, resolve(repoRoot, 'renderer', `${name}.html`)]),
          ),
        },
      }),
    },
  });
}

export interface ServedApp {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serve a built renderer on a free loopback port: the browser host as a person would open it.
 * `page` is the file the build must contain (a partial build, like the benchmark's, has only one).
 */
export async function serveApp(outDir: string, page = 'index.html'): Promise<ServedApp> {
  if (!existsSync(resolve(outDir, page))) {
    throw new Error(`No built ${page} in ${outDir}: build it first.`);
  }
  const server: PreviewServer = await preview({
    configFile: resolve(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}
