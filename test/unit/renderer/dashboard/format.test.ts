import { describe, expect, it } from 'vitest';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import {
  dateTickLabel,
  dayLabel,
  firstDayOfWeek,
  formatDuration,
  formatNumber,
  formatPercent,
  hourLabel,
  hourShortLabel,
  timeLabel,
  weekdayName,
  weekdayShortName,
  weekTickLabel,
} from '../../../../renderer/dashboard/format';

const en = wordingFor('en-GB', 'en', 'UTC');
const us = wordingFor('en-US', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');
/** Thursday 26 November 2026, 15:00 UTC. */
const THU_3PM = Date.UTC(2026, 10, 26, 15);

describe('dashboard formatting', () => {
  it('shows short spells in seconds, never "0 min" for time that was there', () => {
    expect(formatDuration(en, 0)).toBe('0 min');
    expect(formatDuration(en, 20)).toBe('20 sec');
    expect(formatDuration(en, 59.6)).toBe('1 min');
    expect(formatDuration(en, 90)).toBe('2 min');
    expect(formatDuration(en, 3600)).toBe('1 h');
    expect(formatDuration(en, 3600 + 5 * 60)).toBe('1 h 5 min');
  });

  it('writes durations in German with German numbers', () => {
    expect(formatDuration(de, 20)).toBe('20 Sek.');
    expect(formatDuration(de, 90)).toBe('2 Min.');
    expect(formatDuration(de, 3600)).toBe('1 Std.');
    expect(formatDuration(de, 3600 + 5 * 60)).toBe('1 Std. 5 Min.');
    expect(formatDuration(de, 1234 * 3600)).toBe('1.234 Std.');
  });

  it('formats numbers and shares through Intl in the locale', () => {
    expect(formatNumber(en, 199_616)).toBe('199,616');
    expect(formatNumber(de, 199_616)).toBe('199.616');
    expect(formatPercent(en, null)).toBe('—');
    expect(formatPercent(en, 0.5)).toBe('50%');
    expect(formatPercent(de, 0.5)).toBe('50\u00a0%');
  });

  it('names days, hours and weekdays in the locale', () => {
    expect(dayLabel(en, THU_3PM)).toBe('Thu 26 Nov');
    expect(dayLabel(de, THU_3PM)).toBe('Do., 26. Nov.');
    expect(weekTickLabel(de, THU_3PM)).toBe('Do., 26.11.');
    expect(dateTickLabel(de, THU_3PM)).toBe('26. Nov.');
    expect(timeLabel(us, THU_3PM)).toBe('3:00 PM');
    expect(timeLabel(de, THU_3PM)).toBe('15:00');
    expect(hourLabel(us, 15)).toBe('3:00 PM');
    expect(hourLabel(de, 15)).toBe('15:00');
    expect(hourShortLabel(de, 15)).toBe('15 Uhr');
    expect(weekdayName(en, 4)).toBe('Thursday');
    expect(weekdayName(de, 4)).toBe('Donnerstag');
    expect(weekdayShortName(de, 1)).toBe('Mo');
    expect(weekdayName(en, 0)).not.toBe(weekdayName(en, 6));
  });

  it("starts the week on the locale's first day", () => {
    expect(firstDayOfWeek(de)).toBe(1);
    expect([0, 1, 6]).toContain(firstDayOfWeek(us));
  });
});
