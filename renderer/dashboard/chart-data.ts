import type { Calendar } from '../../main/core/history/calendar';
import type { MinuteAggregate } from '../../main/core/history/minute';
import type { DaySummary } from '../../main/core/history/rollup';

/** Stacked bars drawn as overlapping bars: each series holds the running total up to it. */
export interface StackedSeries {
  /** x values in seconds (uPlot's time scale). */
  readonly x: number[];
  /** [upright, upright+slouching, upright+slouching+away], in the unit of the chart. */
  readonly cumulative: [number[], number[], number[]];
}

export const SLOT_MINUTES = 15;

/** The day's timeline: minutes per state in 15-minute slots over the hours that have data. */
export function dayTimelineData(
  minutes: readonly MinuteAggregate[],
  calendar: Calendar,
  nowMs: number,
): StackedSeries {
  const dayStart = calendar.startOfDay(nowMs);
  const slotMs = SLOT_MINUTES * 60_000;
  const slots = new Map<number, [number, number, number]>();
  for (const m of minutes) {
    const slot = dayStart + Math.floor((m.minuteStartMs - dayStart) / slotMs) * slotMs;
    const acc = slots.get(slot) ?? [0, 0, 0];
    acc[0] += m.uprightS / 60;
    acc[1] += m.slouchingS / 60;
    acc[2] += m.awayS / 60;
    slots.set(slot, acc);
  }
  const starts = [...slots.keys()].sort((a, b) => a - b);
  // Show whole hours around the data so a short day still reads as a timeline.
  const first = starts.length
    ? Math.floor((starts[0]! - dayStart) / 3_600_000) * 3_600_000 + dayStart
    : dayStart + 8 * 3_600_000;
  const last = starts.length ? starts[starts.length - 1]! + slotMs : first + 8 * 3_600_000;
  const x: number[] = [];
  const c: [number[], number[], number[]] = [[], [], []];
  for (let t = first; t < last; t += slotMs) {
    const [u, s, a] = slots.get(t) ?? [0, 0, 0];
    x.push(t / 1000);
    c[0].push(u);
    c[1].push(u + s);
    c[2].push(u + s + a);
  }
  return { x, cumulative: c };
}

/** Hours upright / slouching / away per day. */
export function daysStackedData(days: readonly DaySummary[]): StackedSeries {
  const h = (s: number): number => s / 3600;
  return {
    x: days.map((d) => d.dayStartMs / 1000),
    cumulative: [
      days.map((d) => h(d.uprightS)),
      days.map((d) => h(d.uprightS + d.slouchingS)),
      days.map((d) => h(d.uprightS + d.slouchingS + d.awayS)),
    ],
  };
}
