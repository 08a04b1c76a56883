import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../../../shared/core/history/civil-date';
import {
  localMinuteOfDay,
  localWeekday,
  nextLocalTimeOfDay,
  parseTimeOfDay,
} from '../../../../../shared/core/respect/local-time';

const HOUR = 3_600_000;
/** The IANA zone for a whole-hour fixed offset east of UTC (the Etc/GMT signs are inverted). */
const fixedZone = (hoursEast: number): string =>
  hoursEast === 0 ? 'Etc/GMT' : `Etc/GMT${hoursEast > 0 ? '-' : '+'}${Math.abs(hoursEast)}`;

describe('local time without Date', () => {
  it('reads the local clock in a time zone', () => {
    const t = Date.UTC(2026, 10, 21, 23, 30); // Saturday 23:30 UTC
    expect(localMinuteOfDay(t, 'UTC')).toBe(23 * 60 + 30);
    expect(localMinuteOfDay(t, 'Europe/Berlin')).toBe(30); // 00:30 Sunday in CET
    expect(localWeekday(t, 'UTC')).toBe(6);
    expect(localWeekday(t, 'Europe/Berlin')).toBe(0);
    expect(localWeekday(t, 'America/New_York')).toBe(6); // 18:30 Saturday in New York
  });

  it('agrees with Date for any instant at a fixed offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.integer({ min: -12, max: 14 }),
        (ms, hoursEast) => {
          const shifted = new Date(ms + hoursEast * HOUR);
          const zone = fixedZone(hoursEast);
          expect(localMinuteOfDay(ms, zone)).toBe(
            shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
          );
          expect(localWeekday(ms, zone)).toBe(shifted.getUTCDay());
        },
      ),
    );
  });

  it('finds the next morning', () => {
    const tenAm = Date.UTC(2026, 10, 21, 10, 0);
    expect(nextLocalTimeOfDay(tenAm, 'UTC', '08:00')).toBe(Date.UTC(2026, 10, 22, 8, 0));
    const oneAm = Date.UTC(2026, 10, 21, 1, 0);
    expect(nextLocalTimeOfDay(oneAm, 'UTC', '08:00')).toBe(Date.UTC(2026, 10, 21, 8, 0));
    // 22:00 UTC is 07:00 in Tokyo: the morning is an hour away.
    expect(nextLocalTimeOfDay(Date.UTC(2026, 10, 21, 22, 0), 'Asia/Tokyo', '08:00')).toBe(
      Date.UTC(2026, 10, 21, 23, 0),
    );
    // Exactly at 08:00 means the next day.
    expect(nextLocalTimeOfDay(Date.UTC(2026, 10, 21, 8, 0), 'UTC', '08:00')).toBe(
      Date.UTC(2026, 10, 22, 8, 0),
    );
  });

  it('the next time of day is within a day and shows that time on the local clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.integer({ min: -12, max: 14 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (ms, hoursEast, h, m) => {
          const zone = fixedZone(hoursEast);
          const text = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const next = nextLocalTimeOfDay(ms, zone, text);
          expect(next).toBeGreaterThan(ms);
          expect(next - ms).toBeLessThanOrEqual(DAY_MS);
          expect(localMinuteOfDay(next, zone)).toBe(parseTimeOfDay(text));
        },
      ),
    );
  });
});
