import type { Wording } from '../../shared/core/i18n/wording';
import { currentWording } from '../i18n/language-store';

/**
 * Display helpers for the dashboard. Every one takes the person's Wording: numbers, dates and times
 * come from Intl in their locale, the words around them from the dashboard namespace.
 */

export const formatNumber = (w: Wording, n: number): string => w.formatNumber(n);

export interface NounForms {
  readonly one: string;
  readonly other: string;
}

const englishPlurals = new Intl.PluralRules('en');

/**
 * "1 minute", "3 minutes": the number in the current locale, an English noun in the right form.
 * Kept for callers outside the dashboard that still pass English nouns; the dashboard's own words
 * use plural keys (t with count) instead.
 */
export const formatCount = (n: number, forms: NounForms): string =>
  `${currentWording().formatNumber(n)} ${englishPlurals.select(n) === 'one' ? forms.one : forms.other}`;

/** "40 sec", "12 min", "2 h 5 min". Seconds under a minute, so a short spell never reads "0 min". */
export function formatDuration(w: Wording, seconds: number): string {
  const { t } = w;
  const whole = Math.round(seconds);
  if (whole > 0 && whole < 60)
    return t('dashboard:duration.seconds', { value: w.formatNumber(whole) });
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return t('dashboard:duration.minutes', { value: w.formatNumber(minutes) });
  const h = w.formatNumber(Math.floor(minutes / 60));
  const m = minutes % 60;
  return m === 0
    ? t('dashboard:duration.hours', { value: h })
    : t('dashboard:duration.hoursMinutes', { hours: h, minutes: w.formatNumber(m) });
}

export const formatPercent = (w: Wording, share: number | null): string =>
  share === null ? '—' : w.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });

export const formatScore = (w: Wording, score: number | null): string =>
  score === null ? '—' : w.formatNumber(score);

/** "Mon, 3 Nov" / "Mo., 3. Nov.": a day in the locale's words. */
export const dayLabel = (w: Wording, dayStartMs: number): string =>
  w.formatDate(dayStartMs, { weekday: 'short', day: 'numeric', month: 'short' });

/** "Mon, 11/3" / "Mo., 3.11.": a tick for a day of the last week. */
export const weekTickLabel = (w: Wording, dayStartMs: number): string =>
  w.formatDate(dayStartMs, { weekday: 'short', month: 'numeric', day: 'numeric' });

/** "Nov 3" / "3. Nov.": a tick for a date in the last month. */
export const dateTickLabel = (w: Wording, dayStartMs: number): string =>
  w.formatDate(dayStartMs, { month: 'short', day: 'numeric' });

/** "15:00" or "3:00 PM", as the locale writes a time of day. */
export const timeLabel = (w: Wording, ms: number): string =>
  w.formatDate(ms, { hour: 'numeric', minute: '2-digit' });

/**
 * Names for hours and weekdays without a date: formatted at a fixed UTC instant in UTC, so the
 * name never depends on the time zone or a DST day.
 */
const utcFormats = new Map<string, Intl.DateTimeFormat>();
function formatUtc(w: Wording, ms: number, options: Intl.DateTimeFormatOptions): string {
  const cacheKey = `${w.locale}|${JSON.stringify(options)}`;
  let format = utcFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(w.locale, { ...options, timeZone: 'UTC' });
    utcFormats.set(cacheKey, format);
  }
  return format.format(ms);
}

const anHour = (hour: number): number => Date.UTC(2000, 0, 3, hour);
export const hourLabel = (w: Wording, hour: number): string =>
  formatUtc(w, anHour(hour), { hour: 'numeric', minute: '2-digit' });

/** "15", "15 Uhr" or "3 PM": a column's name where a full time does not fit. */
export const hourShortLabel = (w: Wording, hour: number): string =>
  formatUtc(w, anHour(hour), { hour: 'numeric' });

/** 2 January 2000 was a Sunday: weekday 0 names Sunday, 6 names Saturday. */
const aWeekday = (weekday: number): number => Date.UTC(2000, 0, 2 + weekday);
export const weekdayName = (w: Wording, weekday: number): string =>
  formatUtc(w, aWeekday(weekday), { weekday: 'long' });
export const weekdayShortName = (w: Wording, weekday: number): string =>
  formatUtc(w, aWeekday(weekday), { weekday: 'short' });

/** The locale's first day of the week (0 = Sunday), Monday where the browser cannot say. */
export function firstDayOfWeek(w: Wording): number {
  const locale = new Intl.Locale(
    new Intl.DateTimeFormat(w.locale).resolvedOptions().locale,
  ) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  // Intl gives 1 = Monday .. 7 = Sunday.
  const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
  return firstDay % 7;
}
