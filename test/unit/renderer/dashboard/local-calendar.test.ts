import { describe, expect, it } from 'vitest';
import { emptyMinute, type MinuteAggregate } from '../../../../shared/core/history/minute';
import { minutesOfDay, recentDays } from '../../../../shared/core/history/rollup';
import { computeStreaks } from '../../../../shared/core/history/streaks';
import { dayTimelineData } from '../../../../renderer/dashboard/chart-data';
import { localCalendar } from '../../../../renderer/dashboard/local-calendar';

const H = 3_600_000;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0): number =>
  Date.UTC(y, mo - 1, d, h, mi);
/** A minute with 60 s upright. */
const upright = (ms: number): MinuteAggregate => ({ ...emptyMinute(ms), uprightS: 60 });

describe('dashboard calendar: local days across daylight-saving changes', () => {
  it.each([
    // zone, an instant on the change day, its local midnight (UTC), day length
    ['Europe/Berlin', utc(2026, 3, 29, 12), utc(2026, 3, 28, 23), 23],
    ['Europe/Berlin', utc(2026, 10, 25, 12), utc(2026, 10, 24, 22), 25],
    ['America/New_York', utc(2026, 3, 8, 12), utc(2026, 3, 8, 5), 23],
    ['America/New_York', utc(2026, 11, 1, 12), utc(2026, 11, 1, 4), 25],
  ] as const)(
    '%s: the change day starts at local midnight and lasts as long as it really does',
    (zone, at, midnight, hours) => {
      const calendar = localCalendar(() => zone);
      expect(calendar.startOfDay(at)).toBe(midnight);
      expect(calendar.addDays(midnight, 1) - midnight).toBe(hours * H);
      expect(calendar.weekday(midnight)).toBe(0); // all four are Sundays
    },
  );

  it('rolls up a 23 h and a 25 h day with every minute on its own local day', () => {
    const calendar = localCalendar(() => 'Europe/Berlin');
    // A minute every 30 min from Fri 27 Mar to Tue 31 Mar 2026 (UTC).
    const minutes: MinuteAggregate[] = [];
    for (let t = utc(2026, 3, 27); t < utc(2026, 3, 31); t += 30 * 60_000) minutes.push(upright(t));
    const days = recentDays(minutes, calendar, utc(2026, 3, 30, 12), 3); // Sat, Sun, Mon
    expect(days.map((d) => d.dayStartMs)).toEqual([
      utc(2026, 3, 27, 23), // Sat 00:00 CET
      utc(2026, 3, 28, 23), // Sun 00:00 CET
      utc(2026, 3, 29, 22), // Mon 00:00 CEST
    ]);
    // Two minutes an hour: 48 on Saturday, 46 on the 23-hour Sunday, 48 on Monday.
    expect(days.map((d) => d.uprightS / 60)).toEqual([48, 46, 48]);
    // 23:30 CEST on Sunday (21:30 UTC) is Sunday's, 00:00 CEST Monday (22:00 UTC) is Monday's.
    const sunday = minutesOfDay(minutes, calendar, utc(2026, 3, 29, 12));
    expect(sunday.at(-1)?.minuteStartMs).toBe(utc(2026, 3, 29, 21, 30));
    expect(minutesOfDay(minutes, calendar, utc(2026, 3, 30, 12))[0]?.minuteStartMs).toBe(
      utc(2026, 3, 29, 22),
    );
  });

  it('gives the 25 h day in New York its extra hour', () => {
    const calendar = localCalendar(() => 'America/New_York');
    const minutes: MinuteAggregate[] = [];
    for (let t = utc(2026, 10, 31); t < utc(2026, 11, 3); t += 30 * 60_000)
      minutes.push(upright(t));
    const days = recentDays(minutes, calendar, utc(2026, 11, 1, 12), 1);
    expect(days[0]?.dayStartMs).toBe(utc(2026, 11, 1, 4));
    expect(days[0]!.uprightS / 60).toBe(50);
    // The day's timeline covers the whole 25 h day when there is data at both ends.
    const timeline = dayTimelineData(minutes, calendar, utc(2026, 11, 1, 12));
    expect(timeline.range).toEqual([utc(2026, 11, 1, 4) / 1000, utc(2026, 11, 2, 5) / 1000]);
  });

  it('keeps a daily streak through both changes', () => {
    const calendar = localCalendar(() => 'Europe/Berlin');
    const minutes: MinuteAggregate[] = [];
    // Two hours upright every local morning 09:00-11:00, 20 Oct - 30 Oct 2026 (spans 25 Oct).
    for (let day = 20; day <= 30; day += 1) {
      const nine = calendar.startOfDay(utc(2026, 10, day, 12)) + 9 * H;
      for (let t = nine; t < nine + 2 * H; t += 60_000) minutes.push(upright(t));
    }
    const streaks = computeStreaks(minutes, calendar, utc(2026, 10, 30, 20), 60);
    expect(streaks).toMatchObject({ current: 11 });
  });

  it('follows a time-zone change while the dashboard is open', () => {
    let zone = 'Europe/Berlin';
    const calendar = localCalendar(() => zone);
    const at = utc(2026, 11, 16, 3); // Mon 04:00 in Berlin, Sun 22:00 in New York
    expect(calendar.startOfDay(at)).toBe(utc(2026, 11, 15, 23));
    expect(calendar.weekday(calendar.startOfDay(at))).toBe(1);
    zone = 'America/New_York';
    expect(calendar.startOfDay(at)).toBe(utc(2026, 11, 15, 5));
    expect(calendar.weekday(calendar.startOfDay(at))).toBe(0);
  });

  it('uses the system zone by default', () => {
    const system = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const at = utc(2026, 3, 29, 12);
    expect(localCalendar().startOfDay(at)).toBe(localCalendar(() => system).startOfDay(at));
  });
});
