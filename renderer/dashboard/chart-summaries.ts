import type { DaySummary } from '../../main/core/history/rollup';
import { dayVerdict, type DayVerdict } from '../../main/core/history/streaks';
import type { HistorySummary } from '../../main/core/history/summary';
import type { StackedSeries } from './chart-data';
import {
  dayLabel,
  formatCount,
  formatDuration,
  formatNumber,
  formatScore,
  timeLabel,
} from './format';

/**
 * Charts in words: the summaries screen readers get instead of the canvas, and the readouts of
 * one bar shown on hover and keyboard focus.
 */

const statesText = (s: Pick<HistorySummary, 'uprightS' | 'slouchingS' | 'awayS'>): string =>
  `${formatDuration(s.uprightS)} upright, ${formatDuration(s.slouchingS)} slouching, ${formatDuration(s.awayS)} away`;

export const todaySummaryText = (today: HistorySummary): string =>
  today.presentS + today.awayS === 0
    ? 'No posture data yet today.'
    : `Today: ${statesText(today)}.`;

/** One bar of the day's timeline: a slot of `slotSeconds` starting at x[idx]. */
export function slotReadout(series: StackedSeries, slotSeconds: number, idx: number): string {
  const [upright = 0, withSlouching = 0, total = 0] = series.cumulative.map(
    (c) => (c[idx] ?? 0) * 60,
  );
  const startMs = (series.x[idx] ?? 0) * 1000;
  const slot = `${timeLabel(startMs)}–${timeLabel(startMs + slotSeconds * 1000)}`;
  if (total === 0) return `${slot}: nothing recorded`;
  return `${slot}: ${statesText({
    uprightS: upright,
    slouchingS: withSlouching - upright,
    awayS: total - withSlouching,
  })}`;
}

export const dayReadout = (d: DaySummary): string =>
  `${dayLabel(d.dayStartMs)}: ${statesText(d)}, score ${formatScore(d.score)}`;

/** Words for a chart of days, for screen readers (the canvas is hidden from them). */
export function daysSummaryText(days: readonly DaySummary[]): string {
  const tracked = days.filter((d) => d.presentS > 0);
  if (tracked.length === 0) return 'No posture data for these days.';
  const scored = tracked.filter((d) => d.score !== null);
  const best = scored.reduce<DaySummary | undefined>(
    (a, d) => (a && (a.score ?? 0) >= (d.score ?? 0) ? a : d),
    undefined,
  );
  const lead = best
    ? `Best day ${dayLabel(best.dayStartMs)} with score ${formatScore(best.score)}. `
    : '';
  return `${formatNumber(tracked.length)} of ${formatCount(days.length, { one: 'day', other: 'days' })} tracked. ${lead}${tracked.map(dayReadout).join('; ')}.`;
}

const VERDICT_TEXT: Readonly<Record<DayVerdict, (goal: number) => string>> = {
  met: () => 'met the goal',
  missed: (goal) => `below the goal of ${formatNumber(goal)}`,
  rest: () => 'too little time at the desk to count for the streak',
};

export function scoreReadout(d: DaySummary, goal: number): string {
  if (d.score === null) return `${dayLabel(d.dayStartMs)}: no score`;
  return `${dayLabel(d.dayStartMs)}: score ${formatScore(d.score)}, ${VERDICT_TEXT[dayVerdict(d, goal)](goal)}`;
}

export function monthSummaryText(days: readonly DaySummary[], goal: number): string {
  const scored = days.filter((d) => d.score !== null);
  if (scored.length === 0) return 'No scored days in the last 30 days.';
  const met = scored.filter((d) => dayVerdict(d, goal) === 'met');
  const rest = scored.filter((d) => dayVerdict(d, goal) === 'rest').length;
  const mean = Math.round(scored.reduce((sum, d) => sum + (d.score ?? 0), 0) / scored.length);
  // Semicolons: a date like "Mon, Nov 3" has a comma of its own.
  const metDays = met.length > 0 ? `: ${met.map((d) => dayLabel(d.dayStartMs)).join('; ')}` : '';
  const restText =
    rest > 0
      ? ` ${formatCount(rest, { one: 'day had', other: 'days had' })} too little time at the desk to count.`
      : '';
  return `${formatCount(scored.length, { one: 'scored day', other: 'scored days' })} in the last 30 days, average score ${formatScore(mean)}; ${formatNumber(met.length)} met the goal of ${formatNumber(goal)}${metDays}.${restText}`;
}
