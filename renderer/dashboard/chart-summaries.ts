import type { DaySummary } from '../../main/core/history/rollup';
import { dayLabel, formatDuration, formatScore } from './format';

/** Words for a chart of days, for screen readers (the canvas is hidden from them). */
export function daysSummaryText(days: readonly DaySummary[]): string {
  const tracked = days.filter((d) => d.presentS > 0);
  if (tracked.length === 0) return 'No posture data for these days.';
  const parts = tracked.map(
    (d) =>
      `${dayLabel(d.dayStartMs)}: ${formatDuration(d.uprightS)} upright, ${formatDuration(d.slouchingS)} slouching, score ${formatScore(d.score)}`,
  );
  const scored = tracked.filter((d) => d.score !== null);
  const best = scored.reduce<DaySummary | undefined>(
    (a, d) => (a && (a.score ?? 0) >= (d.score ?? 0) ? a : d),
    undefined,
  );
  const lead = best
    ? `Best day ${dayLabel(best.dayStartMs)} with score ${formatScore(best.score)}. `
    : '';
  return `${tracked.length} of ${days.length} days tracked. ${lead}${parts.join('; ')}.`;
}

export function monthSummaryText(days: readonly DaySummary[], goal: number): string {
  const scored = days.filter((d) => d.score !== null);
  if (scored.length === 0) return 'No scored days in the last 30 days.';
  const met = scored.filter((d) => (d.score ?? 0) >= goal).length;
  const mean = Math.round(scored.reduce((sum, d) => sum + (d.score ?? 0), 0) / scored.length);
  return `${scored.length} scored ${scored.length === 1 ? 'day' : 'days'} in the last 30 days, average score ${mean}; ${met} met the goal of ${goal}.`;
}
