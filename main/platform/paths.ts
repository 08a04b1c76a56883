import { join } from 'node:path';

/**
 * Where Poise's files are, packaged or not. In a package, electron-builder puts dist/ inside the
 * app archive and the models in resources/models (extraResources); in development both come
 * from the repository.
 */
export interface AppPaths {
  readonly rendererDir: string;
  readonly modelsDir: string;
  readonly preload: string;
  readonly icons: string;
}

export function appPaths(appPath: string, resourcesPath: string, packaged: boolean): AppPaths {
  return {
    rendererDir: join(appPath, 'dist/renderer'),
    modelsDir: packaged ? join(resourcesPath, 'models') : join(appPath, 'models'),
    preload: join(appPath, 'dist/preload/preload.cjs'),
    icons: join(appPath, 'main/assets'),
  };
}
