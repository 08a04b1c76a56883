import { describe, expect, it } from 'vitest';
import { emptyMinute } from '../../../../shared/core/history/minute';
import { summarize } from '../../../../shared/core/history/summary';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import {
  breaksNote,
  nothingToScore,
  scoreNote,
  streakNote,
  uprightNote,
} from '../../../../renderer/dashboard/glance-text';

const en = wordingFor('en-GB', 'en', 'UTC');
const de = wordingFor('de-DE', 'de', 'UTC');
const NOTHING_TO_SCORE = nothingToScore(en);

describe("today's notes", () => {
  it('says there is nothing to score while no time was judged', () => {
    // A new user: some uncertain seconds, nothing judged upright or slouching.
    const today = summarize([{ ...emptyMinute(0), uncertainS: 25, awayS: 5 }]);
    expect(scoreNote(en, today, 70)).toBe(NOTHING_TO_SCORE);
    expect(uprightNote(en, today)).toBe(NOTHING_TO_SCORE);
    expect(scoreNote(en, summarize([]), 70)).toBe(NOTHING_TO_SCORE);
  });

  it('tells how much judged time the score still waits for', () => {
    const today = summarize([{ ...emptyMinute(0), uprightS: 20, uncertainS: 20 }]);
    expect(scoreNote(en, today, 70)).toBe('after 5 min of judged posture (20 sec so far)');
    // Never "0 min of 0 min" next to a share.
    expect(uprightNote(en, today)).toBe('20 sec of 40 sec at the desk');
  });

  it('shows the goal once there is a score', () => {
    const today = summarize(
      Array.from({ length: 6 }, (_, i) => ({ ...emptyMinute(i * 60_000), uprightS: 60 })),
    );
    expect(scoreNote(en, today, 80)).toBe('of 100 · goal 80');
  });

  it('counts streak days and breaks in words', () => {
    expect(streakNote(en, 1, 4, 70)).toBe('day at score 70+ · best 4');
    expect(streakNote(en, 2, 4, 70)).toBe('days at score 70+ · best 4');
    expect(breaksNote(en, 2, 1, 0)).toBe('of 3 · 1 postponed');
    expect(breaksNote(en, 0, 0, 0)).toBe('of 0');
  });

  it('words the notes in German, with plural forms and German numbers', () => {
    const today = summarize([{ ...emptyMinute(0), uprightS: 20, uncertainS: 20 }]);
    expect(scoreNote(de, today, 70)).toBe('nach 5 Min. bewerteter Haltung (bisher 20 Sek.)');
    expect(uprightNote(de, today)).toBe('20 Sek. von 40 Sek. am Schreibtisch');
    expect(nothingToScore(de)).toBe('Noch nichts zu bewerten');
    expect(streakNote(de, 1, 1200, 70)).toBe('Tag mit Wert ab 70 · Rekord 1.200');
    expect(streakNote(de, 3, 4, 70)).toBe('Tage mit Wert ab 70 · Rekord 4');
    expect(breaksNote(de, 1000, 1, 2)).toBe('von 1.003 · 1 verschoben · 2 ausgelassen');
  });
});
