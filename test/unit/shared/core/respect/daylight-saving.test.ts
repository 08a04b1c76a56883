import { describe, expect, it } from 'vitest';
import { pauseEnd } from '../../../../../shared/core/respect/timed-pause';
import { isWithinWorkingHours } from '../../../../../shared/core/respect/working-hours';
import { MINUTE, SECOND, Sim, settingsWith } from '../app-sim';

/**
 * Working hours and "pause until tomorrow" follow the wall clock in the person's zone across both
 * 2026 clock changes in Berlin (29 Mar, 25 Oct; at 01:00 UTC) and New York (8 Mar at 07:00 UTC,
 * 1 Nov at 06:00 UTC), all on Sundays.
 */
const utc = (y: number, mo: number, d: number, h = 0, mi = 0): number =>
  Date.UTC(y, mo - 1, d, h, mi);
const everyDay = [0, 1, 2, 3, 4, 5, 6];
const nineToFive = { enabled: true, start: '09:00', end: '17:30', days: everyDay };

describe('working hours on the days the clocks change', () => {
  it.each([
    // zone, day, UTC hour of 09:00 local, UTC time of 17:30 local
    ['Europe/Berlin', 'spring forward', [2026, 3, 29], 7, [15, 30]],
    ['Europe/Berlin', 'fall back', [2026, 10, 25], 8, [16, 30]],
    ['America/New_York', 'spring forward', [2026, 3, 8], 13, [21, 30]],
    ['America/New_York', 'fall back', [2026, 11, 1], 14, [22, 30]],
  ] as const)(
    '%s, %s: start and end at local 09:00 and 17:30',
    (zone, _day, [y, mo, d], startH, [endH, endM]) => {
      const at = (h: number, m = 0): boolean =>
        isWithinWorkingHours(nineToFive, utc(y, mo, d, h, m), zone);
      expect(at(startH - 1, 59)).toBe(false);
      expect(at(startH)).toBe(true);
      expect(at(endH, endM - 1)).toBe(true);
      expect(at(endH, endM)).toBe(false);
    },
  );

  it('a night shift over the spring change ends at 06:00 on the new clock (7 hours long)', () => {
    const night = { enabled: true, start: '22:00', end: '06:00', days: [6] }; // Saturday nights
    const at = (ms: number): boolean => isWithinWorkingHours(night, ms, 'Europe/Berlin');
    expect(at(utc(2026, 3, 28, 20, 59))).toBe(false); // Sat 21:59 CET
    expect(at(utc(2026, 3, 28, 21))).toBe(true); // Sat 22:00 CET
    expect(at(utc(2026, 3, 29, 1))).toBe(true); // Sun 03:00 CEST, right after the jump
    expect(at(utc(2026, 3, 29, 3, 59))).toBe(true); // 05:59 CEST
    expect(at(utc(2026, 3, 29, 4))).toBe(false); // 06:00 CEST
  });

  it('a start time the clock skips begins right after the jump', () => {
    const early = { enabled: true, start: '02:30', end: '12:00', days: everyDay };
    const at = (ms: number): boolean => isWithinWorkingHours(early, ms, 'America/New_York');
    expect(at(utc(2026, 3, 8, 6, 59))).toBe(false); // 01:59 EST
    expect(at(utc(2026, 3, 8, 7))).toBe(true); // 03:00 EDT
  });
});

describe('pause until tomorrow across a clock change', () => {
  it.each([
    // zone, paused at (Saturday 22:00 local), ends at (Sunday 08:00 local), hours paused
    ['Europe/Berlin', utc(2026, 3, 28, 21), utc(2026, 3, 29, 6), 9],
    ['Europe/Berlin', utc(2026, 10, 24, 20), utc(2026, 10, 25, 7), 11],
    ['America/New_York', utc(2026, 3, 8, 3), utc(2026, 3, 8, 12), 9],
    ['America/New_York', utc(2026, 11, 1, 2), utc(2026, 11, 1, 13), 11],
  ] as const)('%s: from Saturday 22:00 to Sunday 08:00 local', (zone, from, to, hours) => {
    expect(pauseEnd('tomorrow', from, zone)).toBe(to);
    expect(to - from).toBe(hours * 3_600_000);
  });

  it('from just after the jump it is the same morning', () => {
    // 03:30 CEST on 29 Mar (01:30 UTC): 08:00 CEST is 06:00 UTC.
    expect(pauseEnd('tomorrow', utc(2026, 3, 29, 1, 30), 'Europe/Berlin')).toBe(
      utc(2026, 3, 29, 6),
    );
  });

  it('the app core pauses until 08:00 local across the change', () => {
    const sim = new Sim(settingsWith({}), utc(2026, 10, 24, 20), 'Europe/Berlin');
    sim.send({ type: 'pause', until: 'tomorrow' });
    expect(sim.state.pausedUntilMs).toBe(utc(2026, 10, 25, 7)); // 08:00 CET
  });
});

describe('a time-zone change while running', () => {
  it('Berlin -> New York mid-day: working hours and "tomorrow" follow the new zone from the next tick', () => {
    const weekdays = { enabled: true, start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] };
    // Monday 16 Nov 2026, 18:00 in Berlin (17:00 UTC): the working day is over there.
    const sim = new Sim(
      settingsWith({ workingHours: weekdays }),
      utc(2026, 11, 16, 17),
      'Europe/Berlin',
    );
    sim.run(5 * SECOND);
    expect(sim.effects('camera').at(-1)?.effect.on).toBe(false);
    sim.send({ type: 'pause', until: 'tomorrow' });
    expect(sim.state.pausedUntilMs).toBe(utc(2026, 11, 17, 8)); // Tue 09:00 CET
    sim.send({ type: 'resume' });

    // The laptop lands in New York: 12:00 there, in the middle of the working day.
    sim.send({ type: 'tick', timeZone: 'America/New_York' });
    expect(sim.effects('camera').at(-1)?.effect.on).toBe(true);
    sim.run(MINUTE);
    expect(sim.effects('camera').at(-1)?.effect.on).toBe(true);
    sim.send({ type: 'pause', until: 'tomorrow' });
    expect(sim.state.pausedUntilMs).toBe(utc(2026, 11, 17, 14)); // Tue 09:00 EST

    // Ticks without a zone keep the last one; back to Berlin, it is evening again.
    sim.send({ type: 'resume' });
    sim.send({ type: 'tick', timeZone: 'Europe/Berlin' });
    expect(sim.effects('camera').at(-1)?.effect.on).toBe(false);
  });
});
