import type { Wording } from '../../shared/core/i18n/wording';
import type { DaySummary } from '../../shared/core/history/rollup';
import { dayVerdict, type DayVerdict } from '../../shared/core/history/streaks';
import type { HistorySummary } from '../../shared/core/history/summary';
import type { StackedSeries } from './chart-data';
import { dayLabel, formatDuration, formatScore, timeLabel } from './format';

/**
 * Charts in words: the summaries screen readers get instead of the canvas, and the readouts of
 * one bar shown on hover and keyboard focus.
 */

const statesText = (
  w: Wording,
  s: Pick<HistorySummary, 'uprightS' | 'slouchingS' | 'awayS'>,
): string =>
  w.t('dashboard:summary.states', {
    upright: formatDuration(w, s.uprightS),
    slouching: formatDuration(w, s.slouchingS),
    away: formatDuration(w, s.awayS),
  });

export const todaySummaryText = (w: Wording, today: HistorySummary): string =>
  today.presentS + today.awayS === 0
    ? w.t('dashboard:summary.todayEmpty')
    : w.t('dashboard:summary.today', { states: statesText(w, today) });

/** One bar of the day's timeline: a slot of `slotSeconds` starting at x[idx]. */
export function slotReadout(
  w: Wording,
  series: StackedSeries,
  slotSeconds: number,
  idx: number,
): string {
  const [upright = 0, withSlouching = 0, total = 0] = series.cumulative.map(
    (c) => (c[idx] ?? 0) * 60,
  );
  const startMs = (series.x[idx] ?? 0) * 1000;
  const slot = `${timeLabel(w, startMs)}–${timeLabel(w, startMs + slotSeconds * 1000)}`;
  if (total === 0) return w.t('dashboard:summary.slotNothing', { slot });
  return w.t('dashboard:summary.slot', {
    slot,
    states: statesText(w, {
      uprightS: upright,
      slouchingS: withSlouching - upright,
      awayS: total - withSlouching,
    }),
  });
}

export const dayReadout = (w: Wording, d: DaySummary): string =>
  w.t('dashboard:summary.day', {
    day: dayLabel(w, d.dayStartMs),
    states: statesText(w, d),
    score: formatScore(w, d.score),
  });

/** Words for a chart of days, for screen readers (the canvas is hidden from them). */
export function daysSummaryText(w: Wording, days: readonly DaySummary[]): string {
  const tracked = days.filter((d) => d.presentS > 0);
  if (tracked.length === 0) return w.t('dashboard:summary.daysEmpty');
  const scored = tracked.filter((d) => d.score !== null);
  const best = scored.reduce<DaySummary | undefined>(
    (a, d) => (a && (a.score ?? 0) >= (d.score ?? 0) ? a : d),
    undefined,
  );
  const lead = w.t('dashboard:summary.daysTracked', {
    count: days.length,
    tracked: w.formatNumber(tracked.length),
    total: w.formatNumber(days.length),
  });
  const bestText = best
    ? [
        w.t('dashboard:summary.bestDay', {
          day: dayLabel(w, best.dayStartMs),
          score: formatScore(w, best.score),
        }),
      ]
    : [];
  const readouts = `${tracked.map((d) => dayReadout(w, d)).join('; ')}.`;
  return [lead, ...bestText, readouts].join(' ');
}

function verdictText(w: Wording, verdict: DayVerdict, goal: number): string {
  switch (verdict) {
    case 'met':
      return w.t('dashboard:summary.verdictMet');
    case 'missed':
      return w.t('dashboard:summary.verdictMissed', { goal: w.formatNumber(goal) });
    case 'rest':
      return w.t('dashboard:summary.verdictRest');
  }
}

export function scoreReadout(w: Wording, d: DaySummary, goal: number): string {
  const day = dayLabel(w, d.dayStartMs);
  if (d.score === null) return w.t('dashboard:summary.noScore', { day });
  return w.t('dashboard:summary.scoreDay', {
    day,
    score: formatScore(w, d.score),
    verdict: verdictText(w, dayVerdict(d, goal), goal),
  });
}

/** A full stop at the end, unless the last word has one (a German date such as "21. Nov."). */
const endSentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

export function monthSummaryText(w: Wording, days: readonly DaySummary[], goal: number): string {
  const scored = days.filter((d) => d.score !== null);
  if (scored.length === 0) return w.t('dashboard:summary.monthEmpty');
  const met = scored.filter((d) => dayVerdict(d, goal) === 'met');
  const rest = scored.filter((d) => dayVerdict(d, goal) === 'rest').length;
  const mean = Math.round(scored.reduce((sum, d) => sum + (d.score ?? 0), 0) / scored.length);
  // Semicolons: a date like "Mon, Nov 3" has a comma of its own.
  const metDays = met.length > 0 ? `: ${met.map((d) => dayLabel(w, d.dayStartMs)).join('; ')}` : '';
  const text = endSentence(
    w.t('dashboard:summary.month', {
      scored: w.t('dashboard:summary.monthScored', {
        count: scored.length,
        scored: w.formatNumber(scored.length),
        mean: formatScore(w, mean),
      }),
      met: w.t('dashboard:summary.monthMet', {
        count: met.length,
        met: w.formatNumber(met.length),
        goal: w.formatNumber(goal),
      }),
      days: metDays,
    }),
  );
  if (rest === 0) return text;
  return `${text} ${w.t('dashboard:summary.monthRest', { count: rest, value: w.formatNumber(rest) })}`;
}
