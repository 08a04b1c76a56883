import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../../../main/core/history/civil-date';
import {
  localMinuteOfDay,
  localWeekday,
  nextLocalTimeOfDay,
  parseTimeOfDay,
} from '../../../../../main/core/respect/local-time';

describe('local time without Date', () => {
  it('reads the local clock at a UTC offset', () => {
    const t = Date.UTC(2026, 10, 21, 23, 30); // Saturday 23:30 UTC
    expect(localMinuteOfDay(t, 0)).toBe(23 * 60 + 30);
    expect(localMinuteOfDay(t, 60)).toBe(30); // 00:30 Sunday in CET
    expect(localWeekday(t, 0)).toBe(6);
    expect(localWeekday(t, 60)).toBe(0);
    expect(localWeekday(t, -300)).toBe(6); // 18:30 Saturday in New York
  });

  it('agrees with Date for any instant and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.integer({ min: -720, max: 840 }),
        (ms, offset) => {
          const shifted = new Date(ms + offset * 60_000);
          expect(localMinuteOfDay(ms, offset)).toBe(
            shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
          );
          expect(localWeekday(ms, offset)).toBe(shifted.getUTCDay());
        },
      ),
    );
  });

  it('finds the next morning', () => {
    const tenAm = Date.UTC(2026, 10, 21, 10, 0);
    expect(nextLocalTimeOfDay(tenAm, 0, '08:00')).toBe(Date.UTC(2026, 10, 22, 8, 0));
    const oneAm = Date.UTC(2026, 10, 21, 1, 0);
    expect(nextLocalTimeOfDay(oneAm, 0, '08:00')).toBe(Date.UTC(2026, 10, 21, 8, 0));
    // 22:00 UTC is 07:00 in Tokyo (+540): the morning is an hour away.
    expect(nextLocalTimeOfDay(Date.UTC(2026, 10, 21, 22, 0), 540, '08:00')).toBe(
      Date.UTC(2026, 10, 21, 23, 0),
    );
    // Exactly at 08:00 means the next day.
    expect(nextLocalTimeOfDay(Date.UTC(2026, 10, 21, 8, 0), 0, '08:00')).toBe(
      Date.UTC(2026, 10, 22, 8, 0),
    );
  });

  it('the next time of day is within a day and shows that time on the local clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.integer({ min: -720, max: 840 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (ms, offset, h, m) => {
          const text = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const next = nextLocalTimeOfDay(ms, offset, text);
          expect(next).toBeGreaterThan(ms);
          expect(next - ms).toBeLessThanOrEqual(DAY_MS);
          expect(localMinuteOfDay(next, offset)).toBe(parseTimeOfDay(text));
        },
      ),
    );
  });
});
