/**
 * On Windows, two signals come from shell functions no command-line tool prints:
 * SHQueryUserNotificationState (fullscreen or presenting) and the quiet-hours profile (Focus
 * assist / Do not disturb, the WNF state windows-focus-assist reads). One long-lived PowerShell
 * process (main/platform/signals/windows-shell.ts) calls both every few seconds and prints a line
 * such as "quns=5 focus=0"; a value it could not read is "quns=x". Starting PowerShell and
 * compiling its helper once costs about a second, so it runs for the life of the app instead of
 * once per poll.
 */
export interface WindowsShellLine {
  /** QUERY_USER_NOTIFICATION_STATE, 1..7, or null when unread. */
  readonly quns: number | null;
  /** The quiet-hours profile, 0..2, or null when unread. */
  readonly focus: number | null;
}

/** One line of the helper's output; null for anything else it may print. */
export function parseWindowsShellLine(line: string): WindowsShellLine | null {
  const match = /^quns=(\d+|x) focus=(\d+|x)$/.exec(line.trim());
  if (!match) return null;
  const value = (text: string | undefined): number | null =>
    text === undefined || text === 'x' ? null : Number(text);
  return { quns: value(match[1]), focus: value(match[2]) };
}
