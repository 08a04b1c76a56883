import { describe, expect, it } from 'vitest';
import { formattingLocale, resolveLanguage } from '../../../../../shared/core/i18n/languages';
import { translatorFor } from '../../../../../shared/core/i18n/translator';
import { wordingFor, wordingForSetting } from '../../../../../shared/core/i18n/wording';

describe('resolveLanguage', () => {
  it.each([
    [['de-DE'], 'de'],
    [['de-AT', 'en-US'], 'de'],
    [['fr-FR', 'de-CH'], 'de'],
    [['en-GB', 'de-DE'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
    [['DE_de'], 'de'],
  ] as const)('follows the system %j -> %s', (system, expected) => {
    expect(resolveLanguage('system', system)).toBe(expected);
  });

  it('lets the setting win over the system', () => {
    expect(resolveLanguage('de', ['en-US'])).toBe('de');
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
  });
});

describe('formattingLocale', () => {
  it("keeps the system's regional conventions when it speaks the language", () => {
    expect(formattingLocale('de', ['de-AT'])).toBe('de-AT');
    expect(formattingLocale('en', ['fr-FR', 'en-GB'])).toBe('en-GB');
  });

  it('falls back to the bare language when the system speaks another', () => {
    expect(formattingLocale('de', ['en-US'])).toBe('de');
  });

  it('skips a malformed locale instead of failing', () => {
    expect(formattingLocale('en', ['en_US.UTF-8@x', 'en-US'])).toBe('en-US');
  });
});

describe('plural rules', () => {
  it('says 1 minute and 2 minutes, in both languages', () => {
    expect(translatorFor('en')('minutes', { count: 1 })).toBe('1 minute');
    expect(translatorFor('en')('minutes', { count: 2 })).toBe('2 minutes');
    expect(translatorFor('de')('minutes', { count: 1 })).toBe('1 Minute');
    expect(translatorFor('de')('minutes', { count: 0 })).toBe('0 Minuten');
  });
});

describe('wording', () => {
  it("formats times and numbers in the locale's own way", () => {
    const german = wordingFor('de-DE', 'de', 'UTC');
    const american = wordingFor('en-US', 'en', 'UTC');
    const at1430 = Date.UTC(2026, 10, 28, 14, 30);
    expect(german.formatTime(at1430)).toBe('14:30');
    expect(american.formatTime(at1430)).toMatch(/^02:30\sPM$/);
    expect(german.formatNumber(0.5, { style: 'percent' })).toMatch(/^50\s%$/);
    expect(german.formatNumber(1234.5)).toBe('1.234,5');
  });

  it('speaks German on a German system and English when asked to', () => {
    expect(wordingForSetting('system', ['de-DE']).language).toBe('de');
    expect(wordingForSetting('en', ['de-DE']).language).toBe('en');
    expect(wordingForSetting('en', ['de-DE']).locale).toBe('en');
  });
});
