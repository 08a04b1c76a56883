import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTINES } from '../../../../../renderer/routines/content/catalogue';
import {
  chooseRoutine,
  type ChooseRoutineInput,
} from '../../../../../renderer/routines/selection/choose-routine';
import {
  availableRoutines,
  resolveRoutineById,
} from '../../../../../renderer/routines/selection/resolve-routine';
import {
  emptyRoutineStore,
  saveCustomRoutine,
} from '../../../../../renderer/routines/selection/routine-store';

const base: ChooseRoutineInput = {
  kind: 'micro',
  recentSlouchShare: 0,
  favourites: [],
  hidden: [],
  pregnant: false,
  custom: [],
};

const openerShare = (itemFocus: readonly (readonly string[])[]): number =>
  itemFocus.filter(
    (focus) => focus.includes('chest-opener') || focus.includes('thoracic-extension'),
  ).length / itemFocus.length;

describe('chooseRoutine', () => {
  it.each(['micro', 'long'] as const)(
    'after a slouchy hour, a %s break leads with chest openers and extension',
    (kind) => {
      const choice = chooseRoutine({ ...base, kind, recentSlouchShare: 0.6 })!;
      expect(choice.routine.kind).toBe(kind);
      expect(openerShare(choice.routine.items.map((item) => item.focus))).toBeGreaterThanOrEqual(
        0.5,
      );
      expect(choice.reason).toBe('slouchy');
    },
  );

  it('after an upright hour, it does not insist on openers', () => {
    const choice = chooseRoutine({ ...base, recentSlouchShare: 0 })!;
    expect(choice.routine.focus).not.toContain('chest-opener');
  });

  it('property: more slouching never lowers the opener share of the chosen routine', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('micro' as const, 'long' as const),
        (a, b, kind) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const share = (s: number) =>
            openerShare(
              chooseRoutine({ ...base, kind, recentSlouchShare: s })!.routine.items.map(
                (i) => i.focus,
              ),
            );
          return share(high) >= share(low);
        },
      ),
    );
  });

  it('is deterministic: the same input gives the same routine', () => {
    const input = { ...base, kind: 'long' as const, recentSlouchShare: 0.4 };
    expect(chooseRoutine(input)!.routine.id).toBe(chooseRoutine(input)!.routine.id);
  });

  it('avoids repeating the routine just played', () => {
    const first = chooseRoutine(base)!.routine.id;
    const second = chooseRoutine({ ...base, recent: [first] })!.routine.id;
    expect(second).not.toBe(first);
  });

  it('prefers a favourite', () => {
    const favourite = 'micro-let-go';
    expect(chooseRoutine(base)!.routine.id).not.toBe(favourite);
    const choice = chooseRoutine({ ...base, favourites: [favourite] })!;
    expect(choice.routine.id).toBe(favourite);
    expect(choice.reason).toBe('favourite');
  });

  it('never offers a hidden routine, nor a hidden item inside another routine', () => {
    const first = chooseRoutine(base)!.routine.id;
    expect(chooseRoutine({ ...base, hidden: [first] })!.routine.id).not.toBe(first);
    for (const routine of availableRoutines([], { hidden: ['chin-tuck'], pregnant: false })) {
      expect(routine.items.map((item) => item.id)).not.toContain('chin-tuck');
    }
  });

  it('returns undefined when everything of that kind is hidden', () => {
    const allMicro = ROUTINES.filter((r) => r.kind === 'micro').map((r) => r.id);
    expect(chooseRoutine({ ...base, hidden: allMicro })).toBeUndefined();
  });

  it('when pregnant, GB 21 (and LI 4) never appear in any offered routine', () => {
    const offered = (pregnant: boolean) =>
      availableRoutines([], { hidden: [], pregnant }).flatMap((routine) =>
        routine.items.map((item) => item.id),
      );
    expect(offered(false)).toContain('acupressure-gb21');
    expect(offered(true)).not.toContain('acupressure-gb21');
    expect(offered(true)).not.toContain('acupressure-li4');
    for (const kind of ['micro', 'long'] as const) {
      for (const share of [0, 0.5, 1]) {
        for (const favourites of [[], ['long-self-care']]) {
          const choice = chooseRoutine({
            ...base,
            kind,
            recentSlouchShare: share,
            pregnant: true,
            favourites,
          });
          expect(choice!.routine.items.map((item) => item.id)).not.toContain('acupressure-gb21');
        }
      }
    }
  });

  it('the pregnancy filter also applies when a routine is played by id', () => {
    const routine = resolveRoutineById('long-self-care', [], { hidden: [], pregnant: true })!;
    expect(routine.items.map((item) => item.id)).not.toContain('acupressure-gb21');
    expect(routine.durationSeconds).toBe(
      routine.items.reduce((sum, item) => sum + item.durationSeconds, 0),
    );
  });

  it('offers the user’s own routines, filtered the same way', () => {
    const saved = saveCustomRoutine(emptyRoutineStore(), {
      title: 'My neck',
      kind: 'micro',
      itemIds: ['acupressure-gb21', 'neck-turns'],
    });
    if (!saved.ok) throw new Error(saved.problems.map((p) => p.type).join('; '));
    const choice = chooseRoutine({
      ...base,
      custom: [...saved.store.custom],
      favourites: [saved.routine.id],
      pregnant: true,
    })!;
    expect(choice.routine.id).toBe(saved.routine.id);
    expect(choice.routine.origin).toBe('custom');
    expect(choice.routine.items.map((item) => item.id)).toEqual(['neck-turns']);
  });

  it('treats a nonsense slouch share as none rather than failing', () => {
    expect(chooseRoutine({ ...base, recentSlouchShare: Number.NaN })).toBeDefined();
    expect(chooseRoutine({ ...base, recentSlouchShare: 7 })!.routine.kind).toBe('micro');
  });
});
