import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours } from '../../../../../shared/core/respect/working-hours';
import { pauseEnd } from '../../../../../shared/core/respect/timed-pause';

const monday = (h: number, m = 0): number => Date.UTC(2026, 10, 16, h, m);
const hours = { enabled: true, start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] };

describe('working hours', () => {
  it.each([
    ['before start', monday(8, 59), false],
    ['at start', monday(9, 0), true],
    ['midday', monday(12, 0), true],
    ['last minute', monday(17, 29), true],
    ['at end', monday(17, 30), false],
    ['Saturday midday', Date.UTC(2026, 10, 21, 12), false],
  ])('%s', (_name, ms, expected) => {
    expect(isWithinWorkingHours(hours, ms, 'UTC')).toBe(expected);
  });

  it('is always on when disabled', () => {
    expect(
      isWithinWorkingHours({ ...hours, enabled: false }, Date.UTC(2026, 10, 21, 3), 'UTC'),
    ).toBe(true);
  });

  it('uses the local clock, not UTC', () => {
    // 08:30 UTC is 09:30 in CET: inside; 16:45 UTC is 17:45 CET: outside.
    expect(isWithinWorkingHours(hours, monday(8, 30), 'Europe/Berlin')).toBe(true);
    expect(isWithinWorkingHours(hours, monday(16, 45), 'Europe/Berlin')).toBe(false);
  });

  it('runs an overnight shift into the next morning, belonging to the day it started', () => {
    const night = { enabled: true, start: '22:00', end: '06:00', days: [5] }; // Friday nights
    const friday = (h: number): number => Date.UTC(2026, 10, 20, h);
    expect(isWithinWorkingHours(night, friday(23), 'UTC')).toBe(true);
    expect(isWithinWorkingHours(night, Date.UTC(2026, 10, 21, 5), 'UTC')).toBe(true); // Saturday 05:00
    expect(isWithinWorkingHours(night, Date.UTC(2026, 10, 21, 7), 'UTC')).toBe(false);
    expect(isWithinWorkingHours(night, friday(5), 'UTC')).toBe(false); // Thursday night not included
  });
});

describe('timed pause', () => {
  it('ends after the chosen minutes or at the next morning', () => {
    const noon = monday(12);
    expect(pauseEnd({ minutes: 30 }, noon, 'UTC')).toBe(noon + 30 * 60_000);
    expect(pauseEnd({ minutes: 60 }, noon, 'UTC')).toBe(noon + 3_600_000);
    expect(pauseEnd('tomorrow', noon, 'UTC')).toBe(Date.UTC(2026, 10, 17, 8));
    expect(pauseEnd('tomorrow', noon, 'UTC', '09:00')).toBe(Date.UTC(2026, 10, 17, 9));
  });
});
