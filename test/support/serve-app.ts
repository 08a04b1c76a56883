import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { repoRoot } from './repo-paths';

/** Build the renderer (all pages) into `outDir` with the project's own vite.config.ts. */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    configFile: resolve(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
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
