/**
 * The last few routines played in this window's storage, newest last, so the chooser does not
 * offer the same routine twice in a row. Losing it costs nothing, so it is not worth a setting.
 */
const KEY = 'poise.recentRoutines';
const KEEP = 5;

export function recentRoutines(storage: Storage = localStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter((id): id is string => typeof id === 'string').slice(-KEEP)
      : [];
  } catch {
    return [];
  }
}

export function rememberRoutine(id: string, storage: Storage = localStorage): void {
  storage.setItem(
    KEY,
    JSON.stringify([...recentRoutines(storage).filter((r) => r !== id), id].slice(-KEEP)),
  );
}
