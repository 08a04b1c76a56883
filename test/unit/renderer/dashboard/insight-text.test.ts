import { describe, expect, it } from 'vitest';
import type { ShareBucket, SlouchPattern } from '../../../../shared/core/history/slouch-pattern';
import { hourLabel, weekdayName } from '../../../../renderer/dashboard/format';
import { insightText } from '../../../../renderer/dashboard/insight-text';
import { wordingFor } from '../../../../shared/core/i18n/wording';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');

const none: ShareBucket = { judgedS: 0, slouchingS: 0, share: null };
const pattern = (over: Partial<SlouchPattern>): SlouchPattern => ({
  byHour: Array.from({ length: 24 }, () => none),
  byWeekday: Array.from({ length: 7 }, () => none),
  daysCounted: 0,
  peakHours: null,
  peakWeekday: null,
  enoughForHours: false,
  enoughForWeekdays: false,
  ...over,
});

describe('insight text', () => {
  it('says there is not enough data yet, and how far along it is', () => {
    const text = insightText(en, pattern({ daysCounted: 2 }));
    expect(text.hour).toMatch(/^Not enough data yet/);
    expect(text.hour).toContain('2 of 5 days');
    expect(text.weekday).toMatch(/^Not enough data yet/);
    expect(text.weekday).toContain('2 of 10 days');
  });

  it('names the peak hours and weekday', () => {
    const text = insightText(
      en,
      pattern({
        daysCounted: 12,
        enoughForHours: true,
        enoughForWeekdays: true,
        peakHours: { from: 15, to: 16 },
        peakWeekday: 4,
      }),
    );
    expect(text.hour).toBe(
      `You slouch most between ${hourLabel(en, 15)} and ${hourLabel(en, 16)}.`,
    );
    expect(text.weekday).toBe(`The day of the week you slouch most: ${weekdayName(en, 4)}.`);
  });

  it('says so when nothing stands out', () => {
    const text = insightText(
      en,
      pattern({ daysCounted: 12, enoughForHours: true, enoughForWeekdays: true }),
    );
    expect(text.hour).toMatch(/^No time of day stands out/);
    expect(text.weekday).toBe('No day of the week stands out.');
  });

  it('speaks German, with German hours and weekday names', () => {
    const waiting = insightText(de, pattern({ daysCounted: 2 }));
    expect(waiting.hour).toBe(
      'Noch zu wenig Daten, um zu sagen, zu welcher Tageszeit Sie am meisten krumm sitzen (bisher 2 von 5 Tagen mit einer halben Stunde am Schreibtisch).',
    );
    const text = insightText(
      de,
      pattern({
        daysCounted: 12,
        enoughForHours: true,
        enoughForWeekdays: true,
        peakHours: { from: 15, to: 17 },
        peakWeekday: 4,
      }),
    );
    expect(text.hour).toBe('Am meisten sitzen Sie zwischen 15:00 und 17:00 krumm.');
    expect(text.weekday).toBe('Der Wochentag, an dem Sie am meisten krumm sitzen: Donnerstag.');
  });
});
