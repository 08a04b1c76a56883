/**
 * One completed minute of history: the unit Poise stores. Seconds are whole seconds (rounded when
 * the minute closes) so a stored line is short and a read-back equals what was written.
 */
export interface MinuteAggregate {
  /** Start of the minute, ms since the Unix epoch, always a multiple of 60 000. */
  readonly minuteStartMs: number;
  readonly uprightS: number;
  readonly slouchingS: number;
  readonly awayS: number;
  readonly uncertainS: number;
  readonly nudges: number;
  readonly breaksTaken: number;
  readonly breaksPostponed: number;
  readonly breaksSkipped: number;
  /** Ids of the routines finished in this minute, in the order they finished. */
  readonly routinesDone: readonly string[];
}

export const MINUTE_MS = 60_000;

export const minuteStartOf = (ms: number): number => Math.floor(ms / MINUTE_MS) * MINUTE_MS;

export function emptyMinute(minuteStartMs: number): MinuteAggregate {
  return {
    minuteStartMs,
    uprightS: 0,
    slouchingS: 0,
    awayS: 0,
    uncertainS: 0,
    nudges: 0,
    breaksTaken: 0,
    breaksPostponed: 0,
    breaksSkipped: 0,
    routinesDone: [],
  };
}

/** Time the person was in front of the camera (away is not present; uncertain is). */
export const presentSeconds = (
  m: Pick<MinuteAggregate, 'uprightS' | 'slouchingS' | 'uncertainS'>,
): number => m.uprightS + m.slouchingS + m.uncertainS;

export function isEmptyMinute(m: MinuteAggregate): boolean {
  return (
    m.uprightS +
      m.slouchingS +
      m.awayS +
      m.uncertainS +
      m.nudges +
      m.breaksTaken +
      m.breaksPostponed +
      m.breaksSkipped ===
      0 && m.routinesDone.length === 0
  );
}

/**
 * Two records for the same minute are summed: that happens when the app stopped and started again
 * within one minute and each run saved its part. Seconds are capped at the minute's length.
 */
export function mergeMinutes(a: MinuteAggregate, b: MinuteAggregate): MinuteAggregate {
  const cap = (x: number): number => Math.min(60, x);
  return {
    minuteStartMs: a.minuteStartMs,
    uprightS: cap(a.uprightS + b.uprightS),
    slouchingS: cap(a.slouchingS + b.slouchingS),
    awayS: cap(a.awayS + b.awayS),
    uncertainS: cap(a.uncertainS + b.uncertainS),
    nudges: a.nudges + b.nudges,
    breaksTaken: a.breaksTaken + b.breaksTaken,
    breaksPostponed: a.breaksPostponed + b.breaksPostponed,
    breaksSkipped: a.breaksSkipped + b.breaksSkipped,
    routinesDone: [...a.routinesDone, ...b.routinesDone],
  };
}

/** Sort by time and merge duplicates: the one normal form every reader returns. */
export function normaliseMinutes(minutes: Iterable<MinuteAggregate>): MinuteAggregate[] {
  const list = [...minutes];
  // Fast path: stored history is almost always already strictly in order (a year is ~200k minutes).
  if (list.every((m, i) => i === 0 || m.minuteStartMs > list[i - 1]!.minuteStartMs)) return list;
  const byStart = new Map<number, MinuteAggregate>();
  for (const m of list) {
    const seen = byStart.get(m.minuteStartMs);
    byStart.set(m.minuteStartMs, seen ? mergeMinutes(seen, m) : m);
  }
  return [...byStart.values()].sort((a, b) => a.minuteStartMs - b.minuteStartMs);
}
