import { describe, expect, it } from 'vitest';
import { wordingFor } from '../../../../../shared/core/i18n/wording';
import { defaultSettings } from '../../../../../shared/core/settings/schema';
import { ROUTINES } from '../../../../../renderer/routines/content/catalogue';
import {
  breakTimer,
  breakTitle,
  planBreak,
  type BreakRequest,
} from '../../../../../renderer/shell/views/break-plan';

const micro: BreakRequest = { kind: 'micro', durationSeconds: 30, recentSlouchShare: 0 };
const routines = defaultSettings().routines;
const microIds = ROUTINES.filter((r) => r.kind === 'micro').map((r) => r.id);

describe('what a break shows', () => {
  it('plays a routine that fits when there is one: the routine keeps the only timer', () => {
    const plan = planBreak(micro, routines, []);
    expect(plan.kind).toBe('routine');
    expect(plan.kind === 'routine' && plan.routine.kind).toBe('micro');
    expect(breakTimer(plan)).toBe('routine');
  });

  it('after a slouchy spell, says why it chose an opener', () => {
    const plan = planBreak({ ...micro, recentSlouchShare: 0.6 }, routines, []);
    expect(plan).toMatchObject({ kind: 'routine', reason: 'slouchy' });
  });

  it('with every routine of the kind hidden, is a step-away break timed by the break', () => {
    const plan = planBreak(micro, { ...routines, hidden: microIds }, []);
    expect(plan).toEqual({ kind: 'step-away' });
    expect(breakTimer(plan)).toBe('break');
    // Long routines are still there for long breaks.
    expect(planBreak({ ...micro, kind: 'long' }, { ...routines, hidden: microIds }, []).kind).toBe(
      'routine',
    );
  });

  it('names the break by its kind', () => {
    const { t } = wordingFor('en-GB', 'en', 'UTC');
    expect(breakTitle('micro', t)).toBe('A short break');
    expect(breakTitle('long', t)).toBe('A longer break');
    const german = wordingFor('de-DE', 'de', 'UTC').t;
    expect(breakTitle('micro', german)).toBe('Eine kurze Pause');
    expect(breakTitle('long', german)).toBe('Eine längere Pause');
  });
});
