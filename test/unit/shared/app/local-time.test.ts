import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemLocalTime } from '../../../../shared/app/local-time';
import { isKnownTimeZone } from '../../../../shared/core/calendar/time-zone-calendar';

describe('systemLocalTime.timeZone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the IANA zone Intl reports', () => {
    expect(systemLocalTime.timeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it.each([
    [-60, 'Etc/GMT-1'], // CET: an hour east
    [300, 'Etc/GMT+5'], // EST: five hours west
    [0, 'UTC'],
    [-330, 'UTC'], // India: no whole-hour Etc zone
  ])('falls back to the offset when Intl has no zone (offset %i -> %s)', (offset, zone) => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat().resolvedOptions(),
      timeZone: 'Etc/Unknown',
    });
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(offset);
    expect(systemLocalTime.timeZone()).toBe(zone);
    expect(isKnownTimeZone(zone)).toBe(true);
  });
});
