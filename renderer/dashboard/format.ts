/**
 * Display helpers for the dashboard. Numbers, dates and times follow the person's locale (Intl
 * with `undefined`); the words around them are English, so English plural rules pick their form.
 */

const numbers = new Intl.NumberFormat(undefined);
const percents = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const englishPlurals = new Intl.PluralRules('en');

export const formatNumber = (n: number): string => numbers.format(n);

export interface NounForms {
  readonly one: string;
  readonly other: string;
}

/** The form of an English noun that goes with n ("day" for 1, "days" otherwise). */
export const pluralForm = (n: number, forms: NounForms): string =>
  englishPlurals.select(n) === 'one' ? forms.one : forms.other;

/** "1 minute", "3 minutes", "1,234 minutes": the number in the locale, the noun in the right form. */
export const formatCount = (n: number, forms: NounForms): string =>
  `${formatNumber(n)} ${pluralForm(n, forms)}`;

/** "40 sec", "12 min", "2 h 5 min". Seconds under a minute, so a short spell never reads "0 min". */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole > 0 && whole < 60) return `${formatNumber(whole)} sec`;
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return `${formatNumber(minutes)} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${formatNumber(h)} h` : `${formatNumber(h)} h ${formatNumber(m)} min`;
}

export const formatPercent = (share: number | null): string =>
  share === null ? '—' : percents.format(share);

export const formatScore = (score: number | null): string =>
  score === null ? '—' : formatNumber(score);

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
export const dayLabel = (dayStartMs: number): string => dayFormat.format(dayStartMs);

const weekTickFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'numeric',
  day: 'numeric',
});
/** "Mon, 11/3": a tick for a day of the last week. */
export const weekTickLabel = (dayStartMs: number): string => weekTickFormat.format(dayStartMs);

const dateTickFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
/** "Nov 3": a tick for a date in the last month. */
export const dateTickLabel = (dayStartMs: number): string => dateTickFormat.format(dayStartMs);

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
/** "15:00" or "3:00 PM", as the locale writes a time of day. */
export const timeLabel = (ms: number): string => timeFormat.format(ms);

/** The start of `hour` on an ordinary day, for naming hours of the day without a date. */
const anHour = (hour: number): number => new Date(2000, 0, 3, hour).getTime();
export const hourLabel = (hour: number): string => timeLabel(anHour(hour));

const hourOnlyFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric' });
/** "15" or "3 PM": a column's name where a full time does not fit. */
export const hourShortLabel = (hour: number): string => hourOnlyFormat.format(anHour(hour));

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const weekdayShortFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
/** 2 January 2000 was a Sunday: weekday 0 names Sunday, 6 names Saturday. */
const aWeekday = (weekday: number): number => new Date(2000, 0, 2 + weekday).getTime();
export const weekdayName = (weekday: number): string => weekdayFormat.format(aWeekday(weekday));
export const weekdayShortName = (weekday: number): string =>
  weekdayShortFormat.format(aWeekday(weekday));

/** The locale's first day of the week (0 = Sunday), Monday where the browser cannot say. */
export function firstDayOfWeek(): number {
  const locale = new Intl.Locale(
    new Intl.DateTimeFormat().resolvedOptions().locale,
  ) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  // Intl gives 1 = Monday .. 7 = Sunday.
  const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
  return firstDay % 7;
}
