import { describe, expect, it } from 'vitest';
import type { BreakPromptView } from '../../../../shared/core/break-prompt-view';
import {
  breakPromptText,
  spokenDuration,
} from '../../../../renderer/break-prompt/break-prompt-text';
import { wordingFor } from '../../../../shared/core/i18n/wording';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');

const headsUp: BreakPromptView = {
  phase: 'heads-up',
  kind: 'micro',
  secondsLeft: 25,
  durationSeconds: 30,
  postponesLeft: 2,
  postponeMinutes: 5,
  canSkip: true,
};

describe('break prompt words', () => {
  it.each([
    [1, '1 second'],
    [30, '30 seconds'],
    [60, '1 minute'],
    [90, '1 min 30 s'],
    [300, '5 minutes'],
  ])('%i s reads "%s"', (s, text) => expect(spokenDuration(s, en)).toBe(text));

  it('announces a heads-up with all three choices', () => {
    expect(breakPromptText(headsUp, en)).toEqual({
      title: 'Micro break in 25 seconds',
      detail: 'Time to stretch, breathe or step away from the screen for a moment.',
      takeNow: 'Take it now',
      postpone: 'Postpone 5 min (2 left)',
      postponeDisabled: false,
      skip: 'Skip this one',
      finish: null,
    });
  });

  it('says when no postpones are left and hides skip when it is not allowed', () => {
    const text = breakPromptText(
      {
        ...headsUp,
        kind: 'long',
        postponesLeft: 0,
        canSkip: false,
        durationSeconds: 300,
      },
      en,
    );
    expect(text.title).toBe('Long break in 25 seconds');
    expect(text.postpone).toBe('No postpones left');
    expect(text.postponeDisabled).toBe(true);
    expect(text.skip).toBeNull();
  });

  it('during the break offers finishing early instead of taking it', () => {
    const text = breakPromptText({ ...headsUp, phase: 'on-break', secondsLeft: 75 }, en);
    expect(text.title).toBe('Micro break: 1 min 15 s left');
    expect(text.takeNow).toBeNull();
    expect(text.finish).toBe('I am done');
    expect(text.skip).toBe('Skip the rest');
  });

  it('speaks German, with plural forms', () => {
    expect(spokenDuration(1, de)).toBe('1 Sekunde');
    expect(spokenDuration(60, de)).toBe('1 Minute');
    expect(spokenDuration(90, de)).toBe('1 Min. 30 s');
    expect(spokenDuration(300, de)).toBe('5 Minuten');
    expect(breakPromptText(headsUp, de)).toEqual({
      title: 'Kurzpause in 25 Sekunden',
      detail: 'Zeit, sich zu strecken, durchzuatmen oder kurz vom Bildschirm wegzugehen.',
      takeNow: 'Jetzt Pause machen',
      postpone: 'Um 5 Min. verschieben (noch 2)',
      postponeDisabled: false,
      skip: 'Diese Pause auslassen',
      finish: null,
    });
    const during = breakPromptText(
      { ...headsUp, kind: 'long', phase: 'on-break', secondsLeft: 60 },
      de,
    );
    expect(during.title).toBe('Lange Pause: noch 1 Minute');
    expect(during.finish).toBe('Ich bin fertig');
  });
});
