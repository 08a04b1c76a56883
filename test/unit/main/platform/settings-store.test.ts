import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/core/settings/schema';
import { openSettingsRepo } from '../../../../main/platform/settings-store';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { settingsNotice } from '../../../../shared/core/settings-notice';
import { runDiskChild } from '../../../support/run-disk-child';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');

const at = (nowMs: number) => ({ now: () => nowMs });

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'poise-settings-'));
const settingsFile = (dir: string): string => join(dir, 'settings.json');
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

describe('settings on disk', () => {
  it('first run: writes the defaults and reports a first run', () => {
    const dir = tempDir();
    const repo = openSettingsRepo(dir, at(1000));
    expect(repo.startup.firstRun).toBe(true);
    expect(repo.startup.problem).toBeNull();
    expect(readJson(settingsFile(dir))).toEqual(defaultSettings());
  });

  it('persists updates, and a second start reads them back', () => {
    const dir = tempDir();
    const first = openSettingsRepo(dir, at(1000));
    expect(first.update({ launchAtLogin: true, monitoring: { sensitivity: 8 } }).ok).toBe(true);
    const second = openSettingsRepo(dir, at(2000));
    expect(second.startup.firstRun).toBe(false);
    expect(second.get().launchAtLogin).toBe(true);
    expect(second.get().monitoring.sensitivity).toBe(8);
  });

  it('an invalid update changes nothing in memory or on disk', () => {
    const dir = tempDir();
    const repo = openSettingsRepo(dir, at(1000));
    const before = readFileSync(settingsFile(dir), 'utf8');
    expect(repo.update({ monitoring: { sensitivity: 50 } }).ok).toBe(false);
    expect(repo.get().monitoring.sensitivity).toBe(5);
    expect(readFileSync(settingsFile(dir), 'utf8')).toBe(before);
  });

  it('a corrupt file is kept as a backup, replaced by defaults, and the user is told', () => {
    const dir = tempDir();
    const garbage = '{"version":1,"monitoring":{"sensitivity":7\u0000\u0000';
    writeFileSync(settingsFile(dir), garbage);
    const repo = openSettingsRepo(dir, at(1234));
    expect(repo.get()).toEqual(defaultSettings());
    expect(repo.startup.problem).toEqual({ kind: 'unreadable' });
    expect(settingsNotice(repo.startup.problem!, repo.startup.backupPath, en)).toBe(
      `Your settings file could not be read, so Poise started with its default settings. The old file was kept as ${join(dir, 'settings.corrupt-1234.json')}.`,
    );
    expect(repo.startup.backupPath).toBe(join(dir, 'settings.corrupt-1234.json'));
    expect(readFileSync(repo.startup.backupPath!, 'utf8')).toBe(garbage);
    expect(readJson(settingsFile(dir))).toEqual(defaultSettings());
  });

  it('a truncated file (power cut mid-write) is recovered the same way', () => {
    const dir = tempDir();
    const full = JSON.stringify({ ...defaultSettings(), launchAtLogin: true });
    writeFileSync(settingsFile(dir), full.slice(0, full.length / 2));
    const repo = openSettingsRepo(dir, at(99));
    expect(repo.get()).toEqual(defaultSettings());
    expect(readdirSync(dir).sort()).toEqual(['settings.corrupt-99.json', 'settings.json']);
  });

  it('a hand-edited file keeps its valid fields, resets the bad one, and backs up the original', () => {
    const dir = tempDir();
    writeFileSync(
      settingsFile(dir),
      JSON.stringify({
        version: 1,
        launchAtLogin: true,
        monitoring: { cameraId: 'cam-2', sensitivity: 'high' },
      }),
    );
    const repo = openSettingsRepo(dir, at(5));
    expect(repo.get().launchAtLogin).toBe(true);
    expect(repo.get().monitoring).toMatchObject({ cameraId: 'cam-2', sensitivity: 5 });
    expect(repo.startup.problem).toEqual({ kind: 'invalid', fields: ['monitoring.sensitivity'] });
    expect(settingsNotice(repo.startup.problem!, repo.startup.backupPath, de)).toContain(
      'Einige Einstellungen waren ungültig und wurden auf ihre Standardwerte zurückgesetzt (monitoring.sensitivity).',
    );
    expect(readJson(join(dir, 'settings.corrupt-5.json'))).toMatchObject({
      monitoring: { sensitivity: 'high' },
    });
  });

  it('migrates an old prototype file on disk and writes the new shape back', () => {
    const dir = tempDir();
    writeFileSync(settingsFile(dir), JSON.stringify({ sensitivity: 3, onboarded: true }));
    const repo = openSettingsRepo(dir, at(5));
    expect(repo.startup.problem).toBeNull();
    expect(readJson(settingsFile(dir))).toMatchObject({
      version: 1,
      firstRunComplete: true,
      monitoring: { sensitivity: 3 },
    });
  });

  it('tells listeners about accepted changes only', () => {
    const repo = openSettingsRepo(tempDir(), at(1));
    const seen: number[] = [];
    const off = repo.onChange((settings) => seen.push(settings.monitoring.sensitivity));
    repo.update({ monitoring: { sensitivity: 6 } });
    repo.update({ monitoring: { sensitivity: 60 } });
    off();
    repo.update({ monitoring: { sensitivity: 7 } });
    expect(seen).toEqual([6]);
  });

  it('a file holding something other than settings is kept aside, not silently overwritten', () => {
    const dir = tempDir();
    writeFileSync(settingsFile(dir), '["my", "notes"]');
    const repo = openSettingsRepo(dir, at(8));
    expect(repo.get()).toEqual(defaultSettings());
    expect(repo.startup.problem).toEqual({ kind: 'invalid', fields: ['(everything)'] });
    expect(readFileSync(join(dir, 'settings.corrupt-8.json'), 'utf8')).toBe('["my", "notes"]');
  });

  it('a change that cannot be saved is refused with the reason, and nothing changes', () => {
    const dir = tempDir();
    const run = runDiskChild('settings-locked', dir, { unprivileged: true });
    expect(run.outcome).toEqual({
      result: {
        ok: false,
        errors: [expect.stringMatching(new RegExp(`^Could not save ${settingsFile(dir)}: EACCES`))],
      },
      launchAtLogin: false,
    });
    expect(readJson(settingsFile(dir))).toEqual(defaultSettings());
  });
});
