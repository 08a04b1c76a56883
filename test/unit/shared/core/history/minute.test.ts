import { describe, expect, it } from 'vitest';
import { emptyMinute, normaliseMinutes } from '../../../../../shared/core/history/minute';

describe('normaliseMinutes', () => {
  it('sorts and merges duplicates, capping seconds at a minute', () => {
    const a = { ...emptyMinute(120_000), uprightS: 40, routinesDone: ['x'] };
    const b = { ...emptyMinute(60_000), slouchingS: 10 };
    const c = { ...emptyMinute(120_000), uprightS: 30, nudges: 1, routinesDone: ['y'] };
    expect(normaliseMinutes([a, b, c])).toEqual([
      b,
      { ...emptyMinute(120_000), uprightS: 60, nudges: 1, routinesDone: ['x', 'y'] },
    ]);
  });

  it('returns sorted unique input unchanged', () => {
    const list = [0, 1, 2].map((i) => ({ ...emptyMinute(i * 60_000), awayS: i }));
    expect(normaliseMinutes(list)).toEqual(list);
  });
});
