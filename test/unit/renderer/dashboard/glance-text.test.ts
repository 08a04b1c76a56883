import { describe, expect, it } from 'vitest';
import { emptyMinute } from '../../../../main/core/history/minute';
import { summarize } from '../../../../main/core/history/summary';
import {
  breaksNote,
  NOTHING_TO_SCORE,
  scoreNote,
  streakNote,
  uprightNote,
} from '../../../../renderer/dashboard/glance-text';

describe("today's notes", () => {
  it('says there is nothing to score while no time was judged', () => {
    // A new user: some uncertain seconds, nothing judged upright or slouching.
    const today = summarize([{ ...emptyMinute(0), uncertainS: 25, awayS: 5 }]);
    expect(scoreNote(today, 70)).toBe(NOTHING_TO_SCORE);
    expect(uprightNote(today)).toBe(NOTHING_TO_SCORE);
    expect(scoreNote(summarize([]), 70)).toBe(NOTHING_TO_SCORE);
  });

  it('tells how much judged time the score still waits for', () => {
    const today = summarize([{ ...emptyMinute(0), uprightS: 20, uncertainS: 20 }]);
    expect(scoreNote(today, 70)).toBe('after 5 min of judged posture (20 sec so far)');
    // Never "0 min of 0 min" next to a share.
    expect(uprightNote(today)).toBe('20 sec of 40 sec at the desk');
  });

  it('shows the goal once there is a score', () => {
    const today = summarize(
      Array.from({ length: 6 }, (_, i) => ({ ...emptyMinute(i * 60_000), uprightS: 60 })),
    );
    expect(scoreNote(today, 80)).toBe('of 100 · goal 80');
  });

  it('counts streak days and breaks in words', () => {
    expect(streakNote(1, 4, 70)).toBe('day at score 70+ · best 4');
    expect(streakNote(2, 4, 70)).toBe('days at score 70+ · best 4');
    expect(breaksNote(2, 1, 0)).toBe('of 3 · 1 postponed');
    expect(breaksNote(0, 0, 0)).toBe('of 0');
  });
});
