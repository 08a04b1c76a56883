/**
 * Do-not-disturb / Focus, read from what each desktop tells (the reading is done by
 * main/platform/signals/dnd-probe.ts; these functions only interpret it):
 *
 * - Windows 10 and 11: the shell's quiet-hours profile (Focus assist, "Do not disturb" on
 *   Windows 11), the state windows-focus-assist reads: 0 off, 1 priority only, 2 alarms only
 *   (see windows-shell.ts).
 * - macOS 12 and later: a Focus is on while ~/Library/DoNotDisturb/DB/Assertions.json holds an
 *   assertion record (what macos-notification-state reads). Focus turned on by a schedule alone is
 *   not written there, and a macOS that keeps the folder private (it asks for Full Disk Access)
 *   makes the signal unavailable.
 * - GNOME: "Do Not Disturb" turns the setting org.gnome.desktop.notifications show-banners off.
 */

/** `gsettings get org.gnome.desktop.notifications show-banners`: "false" is do-not-disturb. */
export function parseGnomeShowBanners(stdout: string): boolean | null {
  const value = stdout.trim();
  if (value === 'false') return true;
  if (value === 'true') return false;
  return null;
}

/**
 * macOS Assertions.json: { data: [{ storeAssertionRecords?: [...] }], header: {...} }. Focus is
 * on while there is a record. Null when the file is not that shape (a later macOS changed it).
 */
export function parseMacFocusAssertions(text: string): boolean | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const data = (json as { data?: unknown }).data;
  if (!Array.isArray(data)) return null;
  return data.some((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return false;
    const records = (entry as { storeAssertionRecords?: unknown }).storeAssertionRecords;
    return Array.isArray(records) && records.length > 0;
  });
}

/** The Windows quiet-hours profile: priority only (1) and alarms only (2) hold notifications. */
export const windowsFocusAssistOn = (profile: number): boolean => profile === 1 || profile === 2;
