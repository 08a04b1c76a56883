import type { Calendar } from './calendar';
import { emptyMinute, MINUTE_MS, type MinuteAggregate } from './minute';

/** mulberry32: a tiny seeded PRNG, so a generated history is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface SampleHistoryOptions {
  readonly calendar: Calendar;
  /** The generated history ends with the day containing this instant (up to it). */
  readonly endMs: number;
  readonly days: number;
  /** Working minutes per weekday; 548 makes the worst case of ~200k minutes in a year. */
  readonly minutesPerDay?: number;
  readonly seed?: number;
  /** Also fill weekends (the worst case for size). */
  readonly weekends?: boolean;
  /**
   * Ids of the routines finished in breaks. Pages that show the history pass the catalogue's ids
   * so routine names show as a person would see them; the default suits benchmarks.
   */
  readonly routineIds?: readonly string[];
}

const BENCH_ROUTINES = ['micro-neck-reset', 'micro-open-up', 'micro-breathe', 'long-desk-reset'];
/** After this many minutes (about 14:30) the afternoon slump sets in: a pattern for the insight. */
const SLUMP_AFTER_MINUTES = 360;

/**
 * A believable, deterministic history for demos, benchmarks and tests: workdays from 08:30 with a
 * posture that drifts from day to day, nudges after slouching, a break about every 25 minutes.
 */
export function generateSampleHistory(options: SampleHistoryOptions): MinuteAggregate[] {
  const { calendar, endMs, days } = options;
  const perDay = options.minutesPerDay ?? 420;
  const next = random(options.seed ?? 7);
  const routines = options.routineIds ?? BENCH_ROUTINES;
  const today = calendar.startOfDay(endMs);
  const out: MinuteAggregate[] = [];
  for (let d = days - 1; d >= 0; d -= 1) {
    const dayStart = calendar.addDays(today, -d);
    const weekday = calendar.weekday(dayStart);
    if (!options.weekends && (weekday === 0 || weekday === 6)) continue;
    const dayQuality = 0.55 + 0.4 * next();
    const start = dayStart + 8.5 * 3_600_000;
    for (let i = 0; i < perDay; i += 1) {
      const minuteStartMs = start + i * MINUTE_MS;
      if (minuteStartMs + MINUTE_MS > endMs) break;
      const minute = { ...emptyMinute(minuteStartMs) } as {
        -readonly [K in keyof MinuteAggregate]: MinuteAggregate[K];
      };
      if (i % 25 === 24) {
        minute.awayS = 60;
        const roll = next();
        if (roll < 0.7) minute.breaksTaken = 1;
        else if (roll < 0.9) minute.breaksPostponed = 1;
        else minute.breaksSkipped = 1;
        if (roll < 0.3 && routines.length > 0)
          minute.routinesDone = [routines[Math.floor(next() * routines.length)]!];
      } else if (next() < 0.04) {
        minute.awayS = 60;
      } else {
        const quality = dayQuality - (i >= SLUMP_AFTER_MINUTES ? 0.15 : 0);
        const upright = Math.round(60 * Math.min(1, Math.max(0, quality + (next() - 0.5) * 0.5)));
        const uncertain = next() < 0.1 ? Math.min(60 - upright, 5) : 0;
        minute.uprightS = upright;
        minute.uncertainS = uncertain;
        minute.slouchingS = 60 - upright - uncertain;
        if (minute.slouchingS > 40 && next() < 0.3) minute.nudges = 1;
      }
      out.push(minute);
    }
  }
  return out;
}
