import { describe, expect, it } from 'vitest';
import { initialAppStatus, type AppStatus } from '../../../../shared/core/app-status';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { windowBadge } from '../../../../renderer/shell/window-badge';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');

const status = (patch: Partial<AppStatus>): AppStatus => ({ ...initialAppStatus, ...patch });

describe('window badge', () => {
  it.each([
    [{ trayState: 'upright' }, 'Poise', 'tray-upright'],
    [{ trayState: 'slouching' }, 'Sit up · Poise', 'tray-slouching'],
    [{ trayState: 'break' }, 'Break time · Poise', 'tray-break'],
    [{ trayState: 'camera-problem' }, 'Camera problem · Poise', 'tray-camera-problem'],
    [{ trayState: 'upright', pausedUntilMs: 1 }, 'Poise', 'tray-paused'],
  ] as const)('%o reads as %s with the %s icon', (patch, title, icon) => {
    expect(windowBadge(status(patch), en)).toEqual({ title, icon });
  });

  it('leads with the news in German', () => {
    expect(windowBadge(status({ trayState: 'slouching' }), de).title).toBe('Aufrichten · Poise');
    expect(windowBadge(status({ trayState: 'camera-problem' }), de).title).toBe(
      'Kameraproblem · Poise',
    );
    expect(windowBadge(status({ trayState: 'upright' }), de).title).toBe('Poise');
  });
});
