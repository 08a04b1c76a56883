import type { Wording } from '../../shared/core/i18n/wording';
import {
  MIN_DAYS_FOR_HOURS,
  MIN_DAYS_FOR_WEEKDAYS,
  type SlouchPattern,
} from '../../shared/core/history/slouch-pattern';
import { hourLabel, weekdayName } from './format';

/** The slouch pattern in two plain sentences: when in the day, and which day of the week. */
export interface InsightText {
  readonly hour: string;
  readonly weekday: string;
}

const soFar = (w: Wording, p: SlouchPattern, needed: number): string =>
  w.t('dashboard:insight.soFar', {
    count: needed,
    counted: w.formatNumber(p.daysCounted),
    needed: w.formatNumber(needed),
  });

export function insightText(w: Wording, p: SlouchPattern): InsightText {
  const { t } = w;
  const hour = !p.enoughForHours
    ? t('dashboard:insight.hourNotEnough', { soFar: soFar(w, p, MIN_DAYS_FOR_HOURS) })
    : p.peakHours === null
      ? t('dashboard:insight.hourNone')
      : t('dashboard:insight.hourPeak', {
          from: hourLabel(w, p.peakHours.from),
          to: hourLabel(w, p.peakHours.to),
        });
  const weekday = !p.enoughForWeekdays
    ? t('dashboard:insight.weekdayNotEnough', { soFar: soFar(w, p, MIN_DAYS_FOR_WEEKDAYS) })
    : p.peakWeekday === null
      ? t('dashboard:insight.weekdayNone')
      : t('dashboard:insight.weekdayPeak', { day: weekdayName(w, p.peakWeekday) });
  return { hour, weekday };
}
