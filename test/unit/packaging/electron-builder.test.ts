import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's own loader and schema check (the ones `electron-builder` runs before a
// build), so the config is judged by the tool that will use it, not by a hand-written copy.
import type { Configuration } from 'app-builder-lib';
import {
  getConfig,
  validateConfiguration,
} from '../../../node_modules/app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { repoRoot } from '../../support/repo-paths';

const CONFIG_FILE = join(repoRoot, 'electron-builder.yml');
const load = (): Promise<Configuration> => getConfig(repoRoot, CONFIG_FILE, null);

const targetNames = (targets: unknown): string[] =>
  (Array.isArray(targets) ? targets : [targets]).map((t) =>
    typeof t === 'string' ? t : (t as { target: string }).target,
  );

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBe(
      undefined,
    );
  });

  it('the validator is live: an unknown option is rejected', async () => {
    const config = { ...(await load()), notAnOption: true } as Configuration;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(
      /notAnOption/,
    );
  });

  it('names the app and builds every target the README promises', async () => {
    const config = await load();
    expect(config.productName).toBe('Poise');
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
    expect(targetNames(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux?.category).toBeTruthy();
    expect(targetNames(config.win?.target)).toContain('nsis');
    expect(targetNames(config.mac?.target)).toContain('dmg');
  });

  it('asks for the camera on macOS with a plain sentence and the camera entitlement', async () => {
    const config = await load();
    const description = (config.mac?.extendInfo as Record<string, unknown>)[
      'NSCameraUsageDescription'
    ];
    expect(typeof description).toBe('string');
    expect(description as string).toMatch(/camera/i);
    expect(description as string).toMatch(/\.$/);
    expect(config.mac?.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(
      join(repoRoot, config.mac?.entitlements ?? 'missing'),
      'utf8',
    );
    expect(entitlements).toMatch(/<key>com\.apple\.security\.device\.camera<\/key>\s*<true\/>/);
  });

  it('ships the models beside the app, where paths.ts looks for them when packaged', async () => {
    const config = await load();
    const resources = (config.extraResources ?? []) as { from: string; to: string }[];
    expect(resources).toContainEqual(expect.objectContaining({ from: 'models/', to: 'models' }));
    const files = (config.files as string[] | { filter: string[] }[]).flatMap((f) =>
      typeof f === 'string' ? [f] : f.filter,
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/main/**',
        'dist/preload/**',
        'dist/renderer/**',
        '!dist/renderer/models/**',
        'main/assets/**',
        'package.json',
      ]),
    );
  });

  it('flips the Electron fuses that would let someone run the binary as plain Node', async () => {
    const config = await load();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('every icon it names exists', async () => {
    const config = await load();
    for (const icon of [config.linux?.icon, config.win?.icon, config.mac?.icon]) {
      expect(icon).toBeTruthy();
      expect(existsSync(join(repoRoot, icon as string)), String(icon)).toBe(true);
    }
  });
});
