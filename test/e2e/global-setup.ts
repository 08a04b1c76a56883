import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../support/serve-app';

/** Build the renderer once per run into a private folder, so parallel runs never share output. */
export default async function globalSetup(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'poise-e2e-'));
  await buildApp(outDir);
  process.env.POISE_E2E_APP_DIR = outDir;
}
