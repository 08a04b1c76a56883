import { describe, expect, it } from 'vitest';
import {
  parseGnomeShowBanners,
  parseMacFocusAssertions,
  windowsFocusAssistOn,
} from '../../../../../shared/core/signals/dnd';
import { parseWindowsShellLine } from '../../../../../shared/core/signals/windows-shell';

describe('do-not-disturb', () => {
  it('GNOME: show-banners false is do-not-disturb', () => {
    expect(parseGnomeShowBanners('false\n')).toBe(true);
    expect(parseGnomeShowBanners('true\n')).toBe(false);
    expect(parseGnomeShowBanners('No such schema “org.gnome.desktop.notifications”\n')).toBeNull();
  });

  it('macOS: a Focus is on while Assertions.json holds a record', () => {
    const on = {
      data: [
        {
          storeAssertionRecords: [
            {
              assertionUUID: '5D2A0B4C-7A0E-4C59-9C38-3D0F4E7F1A21',
              assertionDetails: {
                assertionDetailsReason: 'user-action',
                assertionDetailsModeIdentifier: 'com.apple.donotdisturb.mode.default',
                assertionDetailsIdentifier: 'com.apple.controlcenter.dnd',
              },
              assertionStartDateTimestamp: 730000000.5,
              assertionSource: { assertionClientIdentifier: 'com.apple.controlcenter.dnd' },
            },
          ],
        },
      ],
      header: { timestamp: 730000001.2 },
    };
    expect(parseMacFocusAssertions(JSON.stringify(on))).toBe(true);
    expect(parseMacFocusAssertions(JSON.stringify({ data: [{}], header: {} }))).toBe(false);
    expect(parseMacFocusAssertions(JSON.stringify({ data: [{ storeAssertionRecords: [] }] }))).toBe(
      false,
    );
    expect(parseMacFocusAssertions('{"data": ')).toBeNull();
    expect(parseMacFocusAssertions('{"version": 2}')).toBeNull();
  });

  it('Windows: priority-only and alarms-only hold notifications; off does not', () => {
    expect([0, 1, 2].map(windowsFocusAssistOn)).toEqual([false, true, true]);
  });

  it("Windows: reads the PowerShell helper's lines, and unread values as null", () => {
    expect(parseWindowsShellLine('quns=2 focus=0\r')).toEqual({ quns: 2, focus: 0 });
    expect(parseWindowsShellLine('quns=x focus=1')).toEqual({ quns: null, focus: 1 });
    expect(parseWindowsShellLine('Add-Type : Cannot add type.')).toBeNull();
  });
});
