import type { Wording } from '../../shared/core/i18n/wording';
import { MIN_SCORED_SECONDS, type HistorySummary } from '../../shared/core/history/summary';
import { formatDuration } from './format';

/** The small print under today's numbers: what a number means, or why there is none yet. */

export const nothingToScore = (w: Wording): string => w.t('dashboard:glance.nothingToScore');

export function scoreNote(w: Wording, today: HistorySummary, goal: number): string {
  if (today.judgedS === 0) return nothingToScore(w);
  if (today.score === null)
    return w.t('dashboard:glance.scoreWaiting', {
      needed: formatDuration(w, MIN_SCORED_SECONDS),
      soFar: formatDuration(w, today.judgedS),
    });
  return w.t('dashboard:glance.scoreOf', {
    max: w.formatNumber(100),
    goal: w.formatNumber(goal),
  });
}

export function uprightNote(w: Wording, today: HistorySummary): string {
  if (today.uprightShare === null) return nothingToScore(w);
  return w.t('dashboard:glance.uprightOf', {
    upright: formatDuration(w, today.uprightS),
    present: formatDuration(w, today.presentS),
  });
}

/** The words beside the streak's number: "days at score 70+ · best 4" (the noun follows the number). */
export const streakNote = (w: Wording, current: number, longest: number, goal: number): string =>
  w.t('dashboard:glance.streakDays', {
    count: current,
    goal: w.formatNumber(goal),
    best: w.formatNumber(longest),
  });

export const breaksNote = (w: Wording, taken: number, postponed: number, skipped: number): string =>
  [
    w.t('dashboard:glance.breaksOf', { total: w.formatNumber(taken + postponed + skipped) }),
    ...(postponed ? [w.t('dashboard:glance.postponed', { value: w.formatNumber(postponed) })] : []),
    ...(skipped ? [w.t('dashboard:glance.skipped', { value: w.formatNumber(skipped) })] : []),
  ].join(' · ');
