import { describe, expect, it } from 'vitest';
import { wordingFor } from '../../../../../shared/core/i18n/wording';
import { ROUTINES } from '../../../../../renderer/routines/content/catalogue';
import {
  flattenRoutine,
  type PlayerStep,
} from '../../../../../renderer/routines/player/player-state';
import {
  partLabel,
  partsByStep,
  roundAt,
  roundLabel,
  stepLabel,
  stepPosition,
} from '../../../../../renderer/routines/player/routine-structure';
import { resolveRoutineById } from '../../../../../renderer/routines/selection/resolve-routine';

const { t } = wordingFor('en-GB', 'en', 'UTC');
const german = wordingFor('de-DE', 'de', 'UTC').t;

const parts = (id: string): PlayerStep[] =>
  flattenRoutine(resolveRoutineById(id, [], { hidden: [], pregnant: false })!);

describe('routine structure: steps, parts and rounds', () => {
  it('counts a five-minute routine by its exercises, not by every line in them', () => {
    const deskReset = parts('long-desk-reset');
    expect(deskReset.length).toBe(38);
    expect(partsByStep(deskReset).length).toBe(10);
    // Part 2 of chin tucks (the routine's second item) is step 2 of 10, part 2 of 3.
    const position = stepPosition(deskReset, 6);
    expect(position).toEqual({ step: 2, steps: 10, part: 2, parts: 3 });
    expect(stepLabel(position, t)).toBe('Step 2 of 10');
    expect(partLabel(position, t)).toBe('part 2 of 3');
    expect(stepLabel(position, german)).toBe('Schritt 2 von 10');
    expect(partLabel(position, german)).toBe('Teil 2 von 3');
    // The last part, and past it (a finished routine), is the last step's last part.
    expect(stepPosition(deskReset, 37)).toEqual({ step: 10, steps: 10, part: 2, parts: 2 });
    expect(stepPosition(deskReset, 40)).toEqual(stepPosition(deskReset, 37));
  });

  it('every ready-made routine has at most a dozen steps', () => {
    for (const routine of ROUTINES) {
      const steps = partsByStep(parts(routine.id)).length;
      expect(steps, routine.id).toBe(routine.itemIds.length);
      expect(steps, routine.id).toBeLessThanOrEqual(12);
    }
  });

  it('a step done in one part has no part label', () => {
    const breathe = parts('micro-box-breath');
    expect(partLabel({ step: 1, steps: 1, part: 1, parts: 1 }, t)).toBeNull();
    expect(stepPosition(breathe, 1)).toEqual({ step: 1, steps: 1, part: 2, parts: 2 });
  });

  it('paced breathing counts its breath cycles as rounds', () => {
    // Box breathing: 48 s of 16 s cycles.
    const box = parts('micro-box-breath')[1]!;
    expect(roundAt(box, 0)).toEqual({ round: 1, rounds: 3 });
    expect(roundAt(box, 16_000)).toEqual({ round: 2, rounds: 3 });
    expect(roundAt(box, 47_999)).toEqual({ round: 3, rounds: 3 });
    expect(roundAt(box, 60_000)).toEqual({ round: 3, rounds: 3 });
    expect(roundLabel({ round: 2, rounds: 3 }, t)).toBe('Round 2 of 3');
    expect(roundLabel({ round: 2, rounds: 3 }, german)).toBe('Runde 2 von 3');
  });

  it('a repeated movement counts its repetitions, paced over the part', () => {
    // Overhead reach: 4 repetitions over 20 s.
    const reach = parts('micro-open-up')[1]!;
    expect(reach.move?.targetReps).toBe(4);
    expect([0, 4_999, 5_000, 12_000, 19_999].map((ms) => roundAt(reach, ms)?.round)).toEqual([
      1, 1, 2, 3, 4,
    ]);
  });

  it('a part done once has no rounds', () => {
    expect(roundAt(parts('micro-open-up')[0]!, 1000)).toBeNull();
  });
});
