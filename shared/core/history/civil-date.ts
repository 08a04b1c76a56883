/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), after Howard
 * Hinnant's `civil_from_days` / `days_from_civil` (https://howardhinnant.github.io/date_algorithms.html).
 * Pure integer maths, so core code can name months and dates without touching `Date`.
 */
export interface CivilDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

export const DAY_MS = 86_400_000;

export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2026-11-21" for the UTC day containing ms. */
export function utcDateString(ms: number): string {
  const { year, month, day } = civilFromDays(Math.floor(ms / DAY_MS));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-11-21T09:05:00.000Z": the same text `Date.prototype.toISOString` gives, without `Date`. */
export function utcIsoString(ms: number): string {
  const dayMs = ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  const h = Math.floor(dayMs / 3_600_000);
  const min = Math.floor((dayMs % 3_600_000) / 60_000);
  const s = Math.floor((dayMs % 60_000) / 1000);
  return `${utcDateString(ms)}T${pad(h)}:${pad(min)}:${pad(s)}.${pad(dayMs % 1000, 3)}Z`;
}

/** "2026-11": the UTC month containing ms. History files are named by it. */
export function utcMonthKey(ms: number): string {
  const { year, month } = civilFromDays(Math.floor(ms / DAY_MS));
  return `${year}-${pad(month)}`;
}

/** [start, end) of a "YYYY-MM" UTC month in ms; undefined for a malformed key. */
export function utcMonthRange(key: string): { startMs: number; endMs: number } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const next =
    month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return {
    startMs: daysFromCivil({ year, month, day: 1 }) * DAY_MS,
    endMs: daysFromCivil(next) * DAY_MS,
  };
}
