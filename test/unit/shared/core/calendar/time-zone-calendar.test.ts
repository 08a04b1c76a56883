import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isKnownTimeZone,
  timeZoneCalendar,
} from '../../../../../shared/core/calendar/time-zone-calendar';

const H = 3_600_000;
const M = 60_000;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0): number =>
  Date.UTC(y, mo - 1, d, h, mi);

/**
 * The 2026 clock changes used throughout:
 * - Europe/Berlin: Sun 29 Mar 02:00 CET -> 03:00 CEST (01:00 UTC); Sun 25 Oct 03:00 CEST -> 02:00 CET (01:00 UTC)
 * - America/New_York: Sun 8 Mar 02:00 EST -> 03:00 EDT (07:00 UTC); Sun 1 Nov 02:00 EDT -> 01:00 EST (06:00 UTC)
 */
const berlin = timeZoneCalendar('Europe/Berlin');
const newYork = timeZoneCalendar('America/New_York');

describe('time-zone calendar: days across daylight-saving changes', () => {
  it.each([
    ['Berlin, spring forward', berlin, utc(2026, 3, 29, 12), utc(2026, 3, 28, 23), 23, 0],
    ['Berlin, fall back', berlin, utc(2026, 10, 25, 12), utc(2026, 10, 24, 22), 25, 0],
    ['Berlin, an ordinary day', berlin, utc(2026, 11, 16, 12), utc(2026, 11, 15, 23), 24, 1],
    ['New York, spring forward', newYork, utc(2026, 3, 8, 12), utc(2026, 3, 8, 5), 23, 0],
    ['New York, fall back', newYork, utc(2026, 11, 1, 12), utc(2026, 11, 1, 4), 25, 0],
  ])(
    '%s: the day starts at local midnight and lasts as long as it really does',
    (_n, cal, at, start, hours, weekday) => {
      expect(cal.startOfDay(at)).toBe(start);
      expect(cal.addDays(start, 1) - start).toBe(hours * H);
      expect(cal.weekday(start)).toBe(weekday);
      // The last instant of the day still belongs to it, the next one does not.
      expect(cal.startOfDay(cal.addDays(start, 1) - 1)).toBe(start);
      expect(cal.startOfDay(cal.addDays(start, 1))).toBe(cal.addDays(start, 1));
    },
  );

  it('steps a week over a clock change to the same local midnight', () => {
    const before = berlin.startOfDay(utc(2026, 3, 25, 12)); // Wed 25 Mar 00:00 CET
    expect(before).toBe(utc(2026, 3, 24, 23));
    expect(berlin.addDays(before, 7)).toBe(utc(2026, 3, 31, 22)); // Wed 1 Apr 00:00 CEST
    expect(berlin.addDays(berlin.addDays(before, 7), -7)).toBe(before);
  });

  it('reads minute-of-day and weekday right around each change', () => {
    const read = (cal: typeof berlin, ms: number) => {
      const { minuteOfDay, weekday, date } = cal.clockAt(ms);
      return [
        `${Math.floor(minuteOfDay / 60)}:${String(minuteOfDay % 60).padStart(2, '0')}`,
        weekday,
        date.day,
      ];
    };
    // Berlin spring: 01:59 CET, then 03:00 CEST.
    expect(read(berlin, utc(2026, 3, 29, 0, 59))).toEqual(['1:59', 0, 29]);
    expect(read(berlin, utc(2026, 3, 29, 1, 0))).toEqual(['3:00', 0, 29]);
    // Berlin autumn: 02:59 CEST, then 02:00 CET again.
    expect(read(berlin, utc(2026, 10, 25, 0, 59))).toEqual(['2:59', 0, 25]);
    expect(read(berlin, utc(2026, 10, 25, 1, 0))).toEqual(['2:00', 0, 25]);
    // New York spring: 01:59 EST, then 03:00 EDT.
    expect(read(newYork, utc(2026, 3, 8, 6, 59))).toEqual(['1:59', 0, 8]);
    expect(read(newYork, utc(2026, 3, 8, 7, 0))).toEqual(['3:00', 0, 8]);
    // New York autumn: 01:59 EDT, then 01:00 EST again.
    expect(read(newYork, utc(2026, 11, 1, 5, 59))).toEqual(['1:59', 0, 1]);
    expect(read(newYork, utc(2026, 11, 1, 6, 0))).toEqual(['1:00', 0, 1]);
    // Saturday evening before in New York is still Saturday although UTC has moved on.
    expect(read(newYork, utc(2026, 11, 1, 3, 30))).toEqual(['23:30', 6, 31]);
    expect(berlin.utcOffsetMinutesAt(utc(2026, 3, 29, 0, 59))).toBe(60);
    expect(berlin.utcOffsetMinutesAt(utc(2026, 3, 29, 1, 0))).toBe(120);
    expect(newYork.utcOffsetMinutesAt(utc(2026, 11, 1, 6, 0))).toBe(-300);
  });

  it('reads a skipped wall time past the gap and a repeated one as its first occurrence', () => {
    // 02:30 does not exist in Berlin on 29 Mar: it means 03:30 CEST.
    expect(berlin.instantAt({ year: 2026, month: 3, day: 29 }, 150)).toBe(utc(2026, 3, 29, 1, 30));
    // 02:30 happens twice in Berlin on 25 Oct: the first is 02:30 CEST.
    expect(berlin.instantAt({ year: 2026, month: 10, day: 25 }, 150)).toBe(
      utc(2026, 10, 25, 0, 30),
    );
    expect(newYork.instantAt({ year: 2026, month: 3, day: 8 }, 150)).toBe(utc(2026, 3, 8, 7, 30));
    expect(newYork.instantAt({ year: 2026, month: 11, day: 1 }, 90)).toBe(utc(2026, 11, 1, 5, 30));
  });

  it('finds the next morning across each change (08:00 local, however long the night)', () => {
    // Saturday 22:00 local -> Sunday 08:00 local.
    expect(berlin.nextTimeOfDay(utc(2026, 3, 28, 21), 480)).toBe(utc(2026, 3, 29, 6)); // 9 h
    expect(berlin.nextTimeOfDay(utc(2026, 10, 24, 20), 480)).toBe(utc(2026, 10, 25, 7)); // 11 h
    expect(newYork.nextTimeOfDay(utc(2026, 3, 8, 3), 480)).toBe(utc(2026, 3, 8, 12)); // 9 h
    expect(newYork.nextTimeOfDay(utc(2026, 11, 1, 2), 480)).toBe(utc(2026, 11, 1, 13)); // 11 h
    // In New York's repeated hour (01:30 EST, the second time round) the morning is the same day.
    expect(newYork.nextTimeOfDay(utc(2026, 11, 1, 6, 30), 480)).toBe(utc(2026, 11, 1, 13));
  });

  it('falls back to UTC for a zone Intl does not know', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    const cal = timeZoneCalendar('Mars/Olympus_Mons');
    expect(cal.timeZone).toBe('UTC');
    expect(cal.startOfDay(utc(2026, 3, 29, 12))).toBe(utc(2026, 3, 29));
  });
});

describe('time-zone calendar: properties in zones with and without DST', () => {
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe', // a 30-minute DST shift
    'America/Sao_Paulo', // had DST changes at midnight
    'Asia/Kolkata',
    'Pacific/Chatham',
    'UTC',
  ];
  const instants = fc.integer({ min: utc(1990, 1, 1), max: utc(2040, 1, 1) });

  it('a day contains its instants, starts at (or just after a skipped) midnight and lasts 23-25 h', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instants, (zone, ms) => {
        const cal = timeZoneCalendar(zone);
        const start = cal.startOfDay(ms);
        const end = cal.addDays(start, 1);
        expect(start).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThan(end);
        expect(end - start).toBeGreaterThanOrEqual(23 * H);
        expect(end - start).toBeLessThanOrEqual(25 * H);
        expect(cal.clockAt(start).minuteOfDay).toBeLessThanOrEqual(60);
        expect(cal.clockAt(start - 1).date).not.toEqual(cal.clockAt(start).date);
        expect(cal.weekday(end)).toBe((cal.weekday(start) + 1) % 7);
      }),
      { numRuns: 300 },
    );
  });

  it('the next time of day is ahead, within a day and an hour, and reads that time when it exists', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        instants,
        fc.integer({ min: 0, max: 1439 }),
        (zone, ms, minute) => {
          const cal = timeZoneCalendar(zone);
          const next = cal.nextTimeOfDay(ms, minute);
          expect(next).toBeGreaterThan(ms);
          expect(next - ms).toBeLessThanOrEqual(25 * H);
          const read = cal.clockAt(next).minuteOfDay;
          // Equal, unless the wall time was skipped (then it reads just past the gap).
          if (read !== minute) expect(read - minute).toBeGreaterThan(0);
          if (read !== minute) expect((read - minute) * M).toBeLessThanOrEqual(H);
        },
      ),
      { numRuns: 300 },
    );
  });
});
