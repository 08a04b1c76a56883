import { MINUTE_MS, type MinuteAggregate } from './minute';

/**
 * The stored form of a minute: short keys, zero fields omitted, time as a minute number.
 * A typical line is about 30 bytes, so a heavy year (~200k minutes) stays around 6 MB.
 *
 *   {"m":29467200,"u":48,"s":12}
 */
export interface StoredMinute {
  /** minutes since the Unix epoch */
  m: number;
  u?: number;
  s?: number;
  a?: number;
  c?: number;
  n?: number;
  bt?: number;
  bp?: number;
  bs?: number;
  r?: string[];
}

export function encodeMinute(minute: MinuteAggregate): StoredMinute {
  const out: StoredMinute = { m: Math.round(minute.minuteStartMs / MINUTE_MS) };
  if (minute.uprightS) out.u = minute.uprightS;
  if (minute.slouchingS) out.s = minute.slouchingS;
  if (minute.awayS) out.a = minute.awayS;
  if (minute.uncertainS) out.c = minute.uncertainS;
  if (minute.nudges) out.n = minute.nudges;
  if (minute.breaksTaken) out.bt = minute.breaksTaken;
  if (minute.breaksPostponed) out.bp = minute.breaksPostponed;
  if (minute.breaksSkipped) out.bs = minute.breaksSkipped;
  if (minute.routinesDone.length) out.r = [...minute.routinesDone];
  return out;
}

export const encodeMinuteLine = (minute: MinuteAggregate): string =>
  `${JSON.stringify(encodeMinute(minute))}\n`;

const KNOWN_KEYS = new Set(['m', 'u', 's', 'a', 'c', 'n', 'bt', 'bp', 'bs', 'r']);

function count(value: unknown, max: number): number | undefined {
  if (value === undefined) return 0;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max
    ? value
    : undefined;
}

/**
 * Decode one stored minute; undefined for anything that is not exactly a valid record. Written by
 * hand rather than with a zod schema because it runs for every line of a year (~200k times) on
 * the dashboard's first paint.
 */
export function decodeMinute(value: unknown): MinuteAggregate | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.has(key)) return undefined;
  const m = record.m;
  if (typeof m !== 'number' || !Number.isSafeInteger(m) || m < 0) return undefined;
  const uprightS = count(record.u, 60);
  const slouchingS = count(record.s, 60);
  const awayS = count(record.a, 60);
  const uncertainS = count(record.c, 60);
  const nudges = count(record.n, 10_000);
  const breaksTaken = count(record.bt, 10_000);
  const breaksPostponed = count(record.bp, 10_000);
  const breaksSkipped = count(record.bs, 10_000);
  if (
    uprightS === undefined ||
    slouchingS === undefined ||
    awayS === undefined ||
    uncertainS === undefined ||
    nudges === undefined ||
    breaksTaken === undefined ||
    breaksPostponed === undefined ||
    breaksSkipped === undefined
  ) {
    return undefined;
  }
  let routinesDone: string[] = [];
  if (record.r !== undefined) {
    if (!Array.isArray(record.r) || !record.r.every((id): id is string => typeof id === 'string'))
      return undefined;
    routinesDone = record.r;
  }
  return {
    minuteStartMs: m * MINUTE_MS,
    uprightS,
    slouchingS,
    awayS,
    uncertainS,
    nudges,
    breaksTaken,
    breaksPostponed,
    breaksSkipped,
    routinesDone,
  };
}

export interface DecodedLines {
  readonly minutes: MinuteAggregate[];
  /** Lines that were not a valid record: a torn last write, or damage in the middle. */
  readonly skipped: number;
}

/** Parse a JSON-lines text, skipping (and counting) every line that is not a valid minute. Never throws. */
export function decodeMinuteLines(text: string): DecodedLines {
  const minutes: MinuteAggregate[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      skipped += 1;
      continue;
    }
    const minute = decodeMinute(parsed);
    if (minute) minutes.push(minute);
    else skipped += 1;
  }
  return { minutes, skipped };
}
