import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../support/serve-app';

/**
 * Build the renderer once per run into a private folder, so parallel runs never share output.
 * Playwright runs the returned function as the global teardown: it deletes the folder.
 */
export default async function globalSetup(): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'poise-e2e-'));
  const removeBuild = (): void => rmSync(outDir, { recursive: true, force: true });
  try {
    await buildApp(outDir);
  } catch (error) {
    removeBuild();
    throw error;
  }
  process.env.POISE_E2E_APP_DIR = outDir;
  return removeBuild;
}
