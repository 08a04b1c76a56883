import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  utcDateString,
  utcIsoString,
  utcMonthKey,
  utcMonthRange,
} from '../../../../../shared/core/history/civil-date';

const anyMs = fc.integer({ min: 0, max: 4_102_444_800_000 }); // 1970 .. 2100

describe('civil date arithmetic', () => {
  it('formats exactly like Date.toISOString', () => {
    fc.assert(
      fc.property(anyMs, (ms) => {
        expect(utcIsoString(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (d) => {
        expect(daysFromCivil(civilFromDays(d))).toBe(d);
      }),
    );
  });

  it('names months and their ranges, leap years included', () => {
    expect(utcMonthKey(Date.UTC(2026, 10, 30, 23, 59))).toBe('2026-11');
    expect(utcDateString(Date.UTC(2028, 1, 29, 12))).toBe('2028-02-29');
    expect(utcMonthRange('2028-02')).toEqual({
      startMs: Date.UTC(2028, 1, 1),
      endMs: Date.UTC(2028, 2, 1),
    });
    expect(utcMonthRange('2026-12')).toEqual({
      startMs: Date.UTC(2026, 11, 1),
      endMs: Date.UTC(2027, 0, 1),
    });
    expect(utcMonthRange('2026-13')).toBeUndefined();
    expect(utcMonthRange('garbage')).toBeUndefined();
  });

  it('every instant lies inside the range of its own month key', () => {
    fc.assert(
      fc.property(anyMs, (ms) => {
        const range = utcMonthRange(utcMonthKey(ms))!;
        expect(ms).toBeGreaterThanOrEqual(range.startMs);
        expect(ms).toBeLessThan(range.endMs);
      }),
    );
  });
});
