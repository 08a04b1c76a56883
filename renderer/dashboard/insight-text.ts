import {
  MIN_DAYS_FOR_HOURS,
  MIN_DAYS_FOR_WEEKDAYS,
  type SlouchPattern,
} from '../../main/core/history/slouch-pattern';
import { formatCount, formatNumber, hourLabel, weekdayName } from './format';

/** The slouch pattern in two plain sentences: when in the day, and which day of the week. */
export interface InsightText {
  readonly hour: string;
  readonly weekday: string;
}

const soFar = (p: SlouchPattern, needed: number): string =>
  `${formatNumber(p.daysCounted)} of ${formatCount(needed, { one: 'day', other: 'days' })} with half an hour at the desk so far`;

export function insightText(p: SlouchPattern): InsightText {
  const hour = !p.enoughForHours
    ? `Not enough data yet to tell when in the day you slouch most (${soFar(p, MIN_DAYS_FOR_HOURS)}).`
    : p.peakHours === null
      ? 'No time of day stands out: your slouching is spread over the day.'
      : `You slouch most between ${hourLabel(p.peakHours.from)} and ${hourLabel(p.peakHours.to)}.`;
  const weekday = !p.enoughForWeekdays
    ? `Not enough data yet to compare the days of the week (${soFar(p, MIN_DAYS_FOR_WEEKDAYS)}).`
    : p.peakWeekday === null
      ? 'No day of the week stands out.'
      : `The day of the week you slouch most: ${weekdayName(p.peakWeekday)}.`;
  return { hour, weekday };
}
