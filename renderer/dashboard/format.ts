/** Display helpers for the dashboard (the person's locale). */

export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export const formatPercent = (share: number | null): string =>
  share === null ? '—' : `${Math.round(share * 100)}%`;

export const formatScore = (score: number | null): string => (score === null ? '—' : String(score));

export const dayLabel = (dayStartMs: number): string =>
  new Date(dayStartMs).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
