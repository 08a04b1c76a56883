import { MIN_SCORED_SECONDS, type HistorySummary } from '../../main/core/history/summary';
import { formatDuration, formatNumber, pluralForm } from './format';

/** The small print under today's numbers: what a number means, or why there is none yet. */

export const NOTHING_TO_SCORE = 'Nothing to score yet';

export function scoreNote(today: HistorySummary, goal: number): string {
  if (today.judgedS === 0) return NOTHING_TO_SCORE;
  if (today.score === null)
    return `after ${formatDuration(MIN_SCORED_SECONDS)} of judged posture (${formatDuration(today.judgedS)} so far)`;
  return `of 100 · goal ${formatNumber(goal)}`;
}

export function uprightNote(today: HistorySummary): string {
  if (today.uprightShare === null) return NOTHING_TO_SCORE;
  return `${formatDuration(today.uprightS)} of ${formatDuration(today.presentS)} at the desk`;
}

export const streakNote = (current: number, longest: number, goal: number): string =>
  `${pluralForm(current, { one: 'day', other: 'days' })} at score ${formatNumber(goal)}+ · best ${formatNumber(longest)}`;

export const breaksNote = (taken: number, postponed: number, skipped: number): string =>
  [
    `of ${formatNumber(taken + postponed + skipped)}`,
    ...(postponed ? [`${formatNumber(postponed)} postponed`] : []),
    ...(skipped ? [`${formatNumber(skipped)} skipped`] : []),
  ].join(' · ');
