import type { Calendar } from './calendar';
import type { MinuteAggregate } from './minute';
import { minutesByDay } from './rollup';
import { MIN_PRESENT_FOR_GOAL_S } from './streaks';

/** Slouching against judged time (upright + slouching) in one hour of the day or day of the week. */
export interface ShareBucket {
  readonly judgedS: number;
  readonly slouchingS: number;
  /** slouching / judged, 0..1; null below MIN_BUCKET_JUDGED_S, where one bad spell decides. */
  readonly share: number | null;
}

/** When in the day and in the week the person slouches most, over the recent weeks. */
export interface SlouchPattern {
  /** 24 buckets by local hour of the day (0 = 00:00–01:00). */
  readonly byHour: readonly ShareBucket[];
  /** 7 buckets by local day of the week, 0 = Sunday. */
  readonly byWeekday: readonly ShareBucket[];
  /** Days in the window with at least MIN_PRESENT_FOR_GOAL_S judged: real days at the desk. */
  readonly daysCounted: number;
  /**
   * The hours whose share clearly leads, [from, to) in local hours: the leading hour and its
   * neighbours within PEAK_SPAN_TOLERANCE of it (an afternoon slump is wider than one hour).
   * null without enough data or without a clear lead.
   */
  readonly peakHours: { readonly from: number; readonly to: number } | null;
  readonly peakWeekday: number | null;
  /** Enough days for the hour of day (and, separately, the day of the week) to say anything. */
  readonly enoughForHours: boolean;
  readonly enoughForWeekdays: boolean;
}

/** Recent habits matter more than last spring's; eight weeks give every weekday several days. */
export const SLOUCH_PATTERN_DAYS = 56;
/** A working week: fewer days say more about those days than about the person's habits. */
export const MIN_DAYS_FOR_HOURS = 5;
/** Two working weeks, so one odd Thursday does not make "Thursdays". */
export const MIN_DAYS_FOR_WEEKDAYS = 10;
/** An hour (or weekday) needs an hour of judged time in all before its share counts. */
export const MIN_BUCKET_JUDGED_S = 60 * 60;
/** Comparing fewer buckets than this is not a pattern (two hours of data "peak" trivially). */
export const MIN_BUCKETS_TO_COMPARE = 3;
/** A peak must beat the overall share by 5 points; smaller leads are noise, not a habit. */
export const MIN_PEAK_LEAD = 0.05;
/** Neighbouring hours within 2 points of the peak hour are part of the same peak. */
export const PEAK_SPAN_TOLERANCE = 0.02;

const HOUR_MS = 3_600_000;

interface Totals {
  judgedS: number;
  slouchingS: number;
}

const emptyTotals = (n: number): Totals[] =>
  Array.from({ length: n }, () => ({ judgedS: 0, slouchingS: 0 }));

const toBucket = ({ judgedS, slouchingS }: Totals): ShareBucket => ({
  judgedS,
  slouchingS,
  share: judgedS >= MIN_BUCKET_JUDGED_S ? slouchingS / judgedS : null,
});

/** The bucket with the clearly highest share, or null when none stands out. */
function peakOf(buckets: readonly ShareBucket[], overallShare: number): number | null {
  const rated = buckets.flatMap((b, i) => (b.share === null ? [] : [{ i, share: b.share, b }]));
  if (rated.length < MIN_BUCKETS_TO_COMPARE) return null;
  // Highest share first; on a tie, the bucket with more judged time is the surer one.
  rated.sort((x, y) => y.share - x.share || y.b.judgedS - x.b.judgedS);
  const top = rated[0]!;
  return top.share > 0 && top.share >= overallShare + MIN_PEAK_LEAD ? top.i : null;
}

/** The peak hour widened over neighbours that slouch about as much (see peakHours). */
function peakSpan(byHour: readonly ShareBucket[], peak: number): { from: number; to: number } {
  const floor = byHour[peak]!.share! - PEAK_SPAN_TOLERANCE;
  const near = (h: number): boolean => (byHour[h]?.share ?? -1) >= floor;
  let from = peak;
  let to = peak + 1;
  while (near(from - 1)) from -= 1;
  while (near(to)) to += 1;
  return { from, to };
}

/**
 * Slouching share by local hour and weekday over the last `windowDays` days up to the day of
 * nowMs. Hours are counted from local midnight, so on the two DST days a year part of the day lands
 * one hour off: too little to move an eight-week pattern.
 */
export function slouchPattern(
  minutes: readonly MinuteAggregate[],
  calendar: Calendar,
  nowMs: number,
  windowDays: number = SLOUCH_PATTERN_DAYS,
): SlouchPattern {
  const today = calendar.startOfDay(nowMs);
  const fromMs = calendar.addDays(today, -(windowDays - 1));
  const toMs = calendar.addDays(today, 1);
  const inWindow = minutes.filter((m) => m.minuteStartMs >= fromMs && m.minuteStartMs < toMs);
  const hours = emptyTotals(24);
  const weekdays = emptyTotals(7);
  const overall: Totals = { judgedS: 0, slouchingS: 0 };
  let daysCounted = 0;
  for (const [dayStart, dayMinutes] of minutesByDay(inWindow, calendar)) {
    const weekday = weekdays[calendar.weekday(dayStart)]!;
    let dayJudgedS = 0;
    for (const m of dayMinutes) {
      const judgedS = m.uprightS + m.slouchingS;
      if (judgedS === 0) continue;
      const hour = hours[Math.min(23, Math.floor((m.minuteStartMs - dayStart) / HOUR_MS))]!;
      for (const t of [hour, weekday, overall]) {
        t.judgedS += judgedS;
        t.slouchingS += m.slouchingS;
      }
      dayJudgedS += judgedS;
    }
    if (dayJudgedS >= MIN_PRESENT_FOR_GOAL_S) daysCounted += 1;
  }
  const byHour = hours.map(toBucket);
  const byWeekday = weekdays.map(toBucket);
  const overallShare = overall.judgedS > 0 ? overall.slouchingS / overall.judgedS : 0;
  const enoughForHours = daysCounted >= MIN_DAYS_FOR_HOURS;
  const enoughForWeekdays = daysCounted >= MIN_DAYS_FOR_WEEKDAYS;
  const peakHour = enoughForHours ? peakOf(byHour, overallShare) : null;
  return {
    byHour,
    byWeekday,
    daysCounted,
    peakHours: peakHour === null ? null : peakSpan(byHour, peakHour),
    peakWeekday: enoughForWeekdays ? peakOf(byWeekday, overallShare) : null,
    enoughForHours,
    enoughForWeekdays,
  };
}
