import { describe, expect, it } from 'vitest';
import {
  acknowledgeMessage,
  nudgeMessage,
  suggestStretchMessage,
} from '../../../../../shared/core/coach/nudge-messages';
import { wordingFor } from '../../../../../shared/core/i18n/wording';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');

describe('nudge messages', () => {
  it('says each step in English, with the reason in words when there is one', () => {
    expect(nudgeMessage('tray', null, en)).toBe('Time to sit tall.');
    expect(nudgeMessage('glow', 'earLine', en)).toBe(
      'Still slouching: roll your shoulders back and lengthen your neck. (Your head is lower than when you sat upright.)',
    );
    expect(acknowledgeMessage(en)).toBe('Nice, that is better.');
  });

  it('says each step in German, with the reason in German', () => {
    expect(nudgeMessage('tray', null, de)).toBe('Zeit, sich aufzurichten.');
    expect(nudgeMessage('notification', 'shoulderWidth', de)).toBe(
      'Sie sitzen schon eine Weile krumm: Richten Sie sich auf, die Ohren über den Schultern. (Ihre Schultern sind nach vorn gerollt.)',
    );
    expect(nudgeMessage('sound', null, de)).toBe(
      'Hier ist Poise: eine sanfte Erinnerung, sich aufzurichten.',
    );
    expect(acknowledgeMessage(de)).toBe('Schön, so ist es besser.');
    expect(suggestStretchMessage(de)).toContain('Dehnpause');
  });

  it('leaves out a reason it has no words for rather than show an id', () => {
    expect(nudgeMessage('tray', 'someFutureMetric', de)).toBe('Zeit, sich aufzurichten.');
  });
});
