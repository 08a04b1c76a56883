import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDuration,
  formatNumber,
  firstDayOfWeek,
  formatPercent,
  hourLabel,
  pluralForm,
  weekdayName,
} from '../../../../renderer/dashboard/format';

const MINUTES = { one: 'minute', other: 'minutes' };

describe('dashboard formatting', () => {
  it('puts nouns in the form that goes with the number', () => {
    expect(formatCount(1, MINUTES)).toBe('1 minute');
    expect(formatCount(0, MINUTES)).toBe('0 minutes');
    expect(formatCount(2, MINUTES)).toBe('2 minutes');
    // The number in the locale's digits and grouping.
    expect(formatCount(199_616, MINUTES)).toBe(`${formatNumber(199_616)} minutes`);
    expect(pluralForm(1, { one: 'day', other: 'days' })).toBe('day');
  });

  it('shows short spells in seconds, never "0 min" for time that was there', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(20)).toBe('20 sec');
    expect(formatDuration(59.6)).toBe('1 min');
    expect(formatDuration(90)).toBe('2 min');
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(3600 + 5 * 60)).toBe('1 h 5 min');
  });

  it('formats shares, hours and weekdays through Intl', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(0.5)).toBe(
      new Intl.NumberFormat(undefined, { style: 'percent' }).format(0.5),
    );
    const threePm = new Date(2026, 10, 26, 15).getTime();
    expect(hourLabel(15)).toBe(
      new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(threePm),
    );
    // 26 November 2026 is a Thursday.
    expect(weekdayName(4)).toBe(
      new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(threePm),
    );
    expect(weekdayName(0)).not.toBe(weekdayName(6));
    expect([0, 1, 6]).toContain(firstDayOfWeek());
  });
});
