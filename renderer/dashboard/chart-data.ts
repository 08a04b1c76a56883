import type { Calendar } from '../../shared/core/history/calendar';
import type { MinuteAggregate } from '../../shared/core/history/minute';
import type { DaySummary } from '../../shared/core/history/rollup';
import { dayVerdict, type DayVerdict } from '../../shared/core/history/streaks';

/** [min, max] of a chart's x scale in seconds (uPlot's time unit). */
export type XRange = readonly [number, number];

/** Stacked bars drawn as overlapping bars: each series holds the running total up to it. */
export interface StackedSeries {
  /** x values in seconds (uPlot's time scale): slot starts for the day, day starts for a week. */
  readonly x: number[];
  /** [upright, upright+slouching, upright+slouching+away], in the unit of the chart. */
  readonly cumulative: [number[], number[], number[]];
  /**
   * The x scale, fixed here rather than left to uPlot: for a single x value uPlot's time scale
   * pads by `86400 / ms` seconds, which with timestamps in seconds is 1000 days, so a new user's
   * one bar of today stretched the axis from one year into the next.
   */
  readonly range: XRange;
}

export const SLOT_MINUTES = 15;
const HOUR_MS = 3_600_000;
/** The working day the timeline shows at least, so a short day still reads as a day. */
const WORKDAY_FROM_H = 8;
const WORKDAY_TO_H = 18;

export interface TimeWindow {
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * The part of today the timeline covers: the working day (08:00–18:00), widened by whole hours
 * to take in every slot with data and the current time, and never outside today. Hours count from
 * local midnight, so on a DST day the window is an hour off but still within today.
 */
export function dayWindow(
  dayStartMs: number,
  dayEndMs: number,
  slotStartsMs: readonly number[],
  slotMs: number,
  nowMs: number,
): TimeWindow {
  const floorHour = (ms: number): number =>
    dayStartMs + Math.floor((ms - dayStartMs) / HOUR_MS) * HOUR_MS;
  const ceilHour = (ms: number): number =>
    dayStartMs + Math.ceil((ms - dayStartMs) / HOUR_MS) * HOUR_MS;
  const marks = [...slotStartsMs, ...slotStartsMs.map((s) => s + slotMs)];
  if (nowMs >= dayStartMs && nowMs < dayEndMs) marks.push(nowMs);
  const fromMs = Math.min(dayStartMs + WORKDAY_FROM_H * HOUR_MS, ...marks.map(floorHour));
  const toMs = Math.max(dayStartMs + WORKDAY_TO_H * HOUR_MS, ...marks.map(ceilHour));
  return { fromMs: Math.max(dayStartMs, fromMs), toMs: Math.min(dayEndMs, toMs) };
}

/** The day's timeline: minutes per state in 15-minute slots over today's window (dayWindow). */
export function dayTimelineData(
  minutes: readonly MinuteAggregate[],
  calendar: Calendar,
  nowMs: number,
): StackedSeries {
  const dayStart = calendar.startOfDay(nowMs);
  const dayEnd = calendar.addDays(dayStart, 1);
  const slotMs = SLOT_MINUTES * 60_000;
  const slots = new Map<number, [number, number, number]>();
  for (const m of minutes) {
    if (m.minuteStartMs < dayStart || m.minuteStartMs >= dayEnd) continue;
    const slot = dayStart + Math.floor((m.minuteStartMs - dayStart) / slotMs) * slotMs;
    const acc = slots.get(slot) ?? [0, 0, 0];
    acc[0] += m.uprightS / 60;
    acc[1] += m.slouchingS / 60;
    acc[2] += m.awayS / 60;
    slots.set(slot, acc);
  }
  const { fromMs, toMs } = dayWindow(dayStart, dayEnd, [...slots.keys()], slotMs, nowMs);
  const x: number[] = [];
  const c: [number[], number[], number[]] = [[], [], []];
  for (let t = fromMs; t < toMs; t += slotMs) {
    const [u, s, a] = slots.get(t) ?? [0, 0, 0];
    x.push(t / 1000);
    c[0].push(u);
    c[1].push(u + s);
    c[2].push(u + s + a);
  }
  return { x, cumulative: c, range: [fromMs / 1000, toMs / 1000] };
}

/** The x range for bars centred on their x values, one slot wide each. */
export function centredBarsRange(x: readonly number[], slotSeconds: number): XRange {
  if (x.length === 0) return [0, slotSeconds];
  return [x[0]! - slotSeconds / 2, x[x.length - 1]! + slotSeconds / 2];
}

const DAY_SECONDS = 86_400;

/** Hours upright / slouching / away per day. */
export function daysStackedData(days: readonly DaySummary[]): StackedSeries {
  const h = (s: number): number => s / 3600;
  const x = days.map((d) => d.dayStartMs / 1000);
  return {
    x,
    cumulative: [
      days.map((d) => h(d.uprightS)),
      days.map((d) => h(d.uprightS + d.slouchingS)),
      days.map((d) => h(d.uprightS + d.slouchingS + d.awayS)),
    ],
    range: centredBarsRange(x, DAY_SECONDS),
  };
}

/** The month's scores split by streak verdict, one series each, so each kind gets its own look. */
export interface ScoreSeries {
  readonly x: number[];
  readonly verdicts: DayVerdict[];
  /** The score on days that met the goal (else null). */
  readonly met: (number | null)[];
  readonly missed: (number | null)[];
  /** Days with a score but too little judged time to count for a streak. */
  readonly rest: (number | null)[];
  readonly range: XRange;
}

export function scoreChartData(days: readonly DaySummary[], goal: number): ScoreSeries {
  const x = days.map((d) => d.dayStartMs / 1000);
  const verdicts = days.map((d) => dayVerdict(d, goal));
  const only = (kind: DayVerdict): (number | null)[] =>
    days.map((d, i) => (verdicts[i] === kind ? d.score : null));
  return {
    x,
    verdicts,
    met: only('met'),
    missed: only('missed'),
    rest: only('rest'),
    range: centredBarsRange(x, DAY_SECONDS),
  };
}
