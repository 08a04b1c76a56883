import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postureWatching } from '../../../../../shared/core/posture-watching';
import { applySettingsPatch } from '../../../../../shared/core/settings/patch';
import { settingsPatchSchema } from '../../../../../shared/core/settings/patch-schema';
import { repairSettings } from '../../../../../shared/core/settings/repair';
import { defaultSettings, SETTINGS_VERSION } from '../../../../../shared/core/settings/schema';
import { repoRoot } from '../../../../support/repo-paths';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(repoRoot, 'test/fixtures/settings', name), 'utf8'));

describe('settings migrations from old JSON', () => {
  it('moves every field of the flat prototype format to its new home', () => {
    const { settings, resetFields, migratedFrom } = repairSettings(fixture('v0-prototype.json'));
    expect(migratedFrom).toBe(0);
    expect(resetFields).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.monitoring).toMatchObject({ sensitivity: 8, cameraId: 'usb-logitech-c920' });
    expect(settings.coaching.graceSeconds).toBe(45);
    expect(settings.breaks).toMatchObject({ microEveryMinutes: 20, microDurationSeconds: 40 });
    expect(settings.launchAtLogin).toBe(true);
    expect(settings.firstRunComplete).toBe(true);
    // Untouched sections come from the defaults.
    expect(settings.workingHours).toEqual(defaultSettings().workingHours);
  });

  it('keeps the valid old fields and resets only the invalid ones', () => {
    const { settings, resetFields } = repairSettings(fixture('v0-prototype-partly-invalid.json'));
    expect([...resetFields].sort()).toEqual(['breaks.microEveryMinutes', 'monitoring.sensitivity']);
    expect(settings.firstRunComplete).toBe(true);
    expect(settings.monitoring.sensitivity).toBe(defaultSettings().monitoring.sensitivity);
    expect(settings.breaks.microEveryMinutes).toBe(defaultSettings().breaks.microEveryMinutes);
  });

  it('repairs a hand-edited current file field by field', () => {
    const { settings, resetFields, migratedFrom } = repairSettings(fixture('v1-hand-edited.json'));
    expect(migratedFrom).toBeNull();
    expect([...resetFields].sort()).toEqual([
      'coaching.escalation',
      'monitoring.sensitivity',
      'workingHours.start',
    ]);
    expect(settings.monitoring.cameraId).toBe('cam-7');
    expect(settings.coaching.graceSeconds).toBe(60);
    expect(settings.coaching.escalation).toEqual(defaultSettings().coaching.escalation);
    expect(settings.workingHours).toMatchObject({ enabled: true, start: '09:00', end: '17:00' });
    expect(settings.breaks.microEveryMinutes).toBe(30);
  });

  // monitoring.enabled came later without a version bump: its default keeps the old meaning.
  it('keeps posture watching on for files set up before monitoring.enabled existed', () => {
    for (const name of ['v0-prototype.json', 'v1-hand-edited.json']) {
      const { settings } = repairSettings(fixture(name));
      expect(settings.monitoring.enabled).toBe(true);
      expect(postureWatching(settings)).toBe('on');
    }
  });

  it('leaves a file that never finished setup waiting for consent', () => {
    const { settings } = repairSettings({ version: 1, monitoring: { cameraId: 'cam-2' } });
    expect(postureWatching(settings)).toBe('needs-setup');
  });

  it.each([null, 42, 'text', [1, 2], { version: 'one' }])(
    'turns %j into defaults without throwing',
    (raw) => {
      expect(repairSettings(raw).settings).toEqual(defaultSettings());
    },
  );
});

describe('applySettingsPatch', () => {
  it('changes only the named fields', () => {
    const result = applySettingsPatch(defaultSettings(), { monitoring: { sensitivity: 9 } });
    expect(result.ok && result.settings.monitoring).toEqual({
      ...defaultSettings().monitoring,
      sensitivity: 9,
    });
  });

  it('accepts setup without a camera as a patch', () => {
    const patch = settingsPatchSchema.parse({
      firstRunComplete: true,
      monitoring: { enabled: false },
    });
    const result = applySettingsPatch(defaultSettings(), patch);
    expect(result.ok && postureWatching(result.settings)).toBe('off');
  });

  it('refuses an out-of-range patch and says which field', () => {
    const result = applySettingsPatch(defaultSettings(), { breaks: { microEveryMinutes: 1 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toContain('breaks.microEveryMinutes');
  });
});
