import { resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';
import { serveApp, type ServedApp } from '../support/serve-app';
import { repoRoot } from '../support/repo-paths';

/**
 * Build and serve only the pose lab page, with the project's own vite.config.ts (same wasm and
 * model copies, same aliases). The benchmark then depends on nothing but the pose pipeline,
 * and a half-finished page elsewhere in the app cannot stop it.
 */
export async function buildPoseLab(outDir: string): Promise<void> {
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    resolve(repoRoot, 'vite.config.ts'),
  );
  if (!loaded) throw new Error('vite.config.ts not found');
  const { config } = loaded;
  await build({
    ...config,
    configFile: false,
    logLevel: 'warn',
    build: {
      ...config.build,
      outDir,
      emptyOutDir: true,
      // Replace (not merge with) the app's page list.
      rollupOptions: {
        ...config.build?.rollupOptions,
        input: { 'pose-lab': resolve(repoRoot, 'renderer/pose-lab.html') },
      },
    },
  });
}

export function servePoseLab(outDir: string): Promise<ServedApp> {
  return serveApp(outDir, 'pose-lab.html');
}
