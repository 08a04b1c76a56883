import { describe, expect, it } from 'vitest';
import { initialAppStatus, type AppStatus } from '../../../../main/core/app-status';
import { windowBadge } from '../../../../renderer/shell/window-badge';

const status = (patch: Partial<AppStatus>): AppStatus => ({ ...initialAppStatus, ...patch });

describe('window badge', () => {
  it.each([
    [{ trayState: 'upright' }, 'Poise', 'tray-upright'],
    [{ trayState: 'slouching' }, 'Sit up · Poise', 'tray-slouching'],
    [{ trayState: 'break' }, 'Break time · Poise', 'tray-break'],
    [{ trayState: 'camera-problem' }, 'Camera problem · Poise', 'tray-camera-problem'],
    [{ trayState: 'upright', pausedUntilMs: 1 }, 'Poise', 'tray-paused'],
  ] as const)('%o reads as %s with the %s icon', (patch, title, icon) => {
    expect(windowBadge(status(patch))).toEqual({ title, icon });
  });
});
