import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../../../shared/core/i18n/translator';
import { wordingFor } from '../../../../../shared/core/i18n/wording';
import { routinesSchema } from '../../../../../shared/core/settings/schema';
import {
  deleteCustomRoutine,
  emptyRoutineStore,
  problemText,
  saveCustomRoutine,
  setHidden,
  toggleFavourite,
  type RoutineStore,
} from '../../../../../renderer/routines/selection/routine-store';

describe('routine store', () => {
  it('toggles a favourite on and off without touching the input', () => {
    const store = emptyRoutineStore();
    const on = toggleFavourite(store, 'micro-open-up');
    expect(on.favourites).toEqual(['micro-open-up']);
    expect(store.favourites).toEqual([]);
    expect(toggleFavourite(on, 'micro-open-up').favourites).toEqual([]);
  });

  it('hides and unhides without duplicates', () => {
    const hidden = setHidden(setHidden(emptyRoutineStore(), 'chin-tuck', true), 'chin-tuck', true);
    expect(hidden.hidden).toEqual(['chin-tuck']);
    expect(setHidden(hidden, 'chin-tuck', false).hidden).toEqual([]);
  });

  it('property: toggling a favourite twice restores the store', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), fc.string(), (favourites, id) => {
        const store: RoutineStore = {
          favourites: [...new Set(favourites)],
          hidden: [],
          custom: [],
        };
        const twice = toggleFavourite(toggleFavourite(store, id), id);
        return (
          new Set(twice.favourites).size === new Set(store.favourites).size &&
          store.favourites.every((f) => twice.favourites.includes(f))
        );
      }),
    );
  });

  it('saves a custom routine with a stable id, and replaces it when saved again with that id', () => {
    const first = saveCustomRoutine(emptyRoutineStore(), {
      title: 'Morning Neck!',
      kind: 'micro',
      itemIds: ['chin-tuck'],
    });
    if (!first.ok) throw new Error(first.problems.map((p) => p.type).join());
    expect(first.routine.id).toBe('custom-morning-neck');
    const again = saveCustomRoutine(first.store, {
      title: 'Morning Neck!',
      kind: 'micro',
      itemIds: ['neck-turns'],
    });
    if (!again.ok) throw new Error(again.problems.map((p) => p.type).join());
    expect(again.routine.id).toBe('custom-morning-neck-2');
    const replaced = saveCustomRoutine(again.store, {
      id: 'custom-morning-neck',
      title: 'Neck',
      kind: 'micro',
      itemIds: ['shoulder-rolls'],
    });
    if (!replaced.ok) throw new Error(replaced.problems.map((p) => p.type).join());
    expect(replaced.store.custom.map((r) => r.id)).toEqual([
      'custom-morning-neck',
      'custom-morning-neck-2',
    ]);
    expect(replaced.store.custom[0]!.itemIds).toEqual(['shoulder-rolls']);
  });

  it('refuses unknown items, an empty routine and a micro break over a minute', () => {
    const store = emptyRoutineStore();
    expect(
      saveCustomRoutine(store, { title: 'x', kind: 'micro', itemIds: ['no-such-item'] }).ok,
    ).toBe(false);
    expect(saveCustomRoutine(store, { title: 'x', kind: 'long', itemIds: [] }).ok).toBe(false);
    const tooLong = saveCustomRoutine(store, {
      title: 'x',
      kind: 'micro',
      itemIds: ['box-breathing', 'chin-tuck'],
    });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) {
      const words = (t: Translate) => tooLong.problems.map((p) => problemText(p, t)).join();
      expect(words(wordingFor('en-GB', 'en', 'UTC').t)).toMatch(/longer than a micro break/);
      expect(words(wordingFor('de-DE', 'de', 'UTC').t)).toBe(
        '80 s sind länger, als eine Kurzpause erlaubt (59 s)',
      );
    }
  });

  it('says what to fix, in plain words, when the name or the exercises are missing', () => {
    const empty = saveCustomRoutine(emptyRoutineStore(), { title: ' ', kind: 'long', itemIds: [] });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.problems.map((p) => p.type)).toEqual(['name-missing', 'no-items']);
    const { t } = wordingFor('de-DE', 'de', 'UTC');
    expect(empty.problems.map((p) => problemText(p, t))).toEqual([
      'Geben Sie der Routine einen Namen.',
      'Kreuzen Sie mindestens eine Übung an.',
    ]);
    const long = saveCustomRoutine(emptyRoutineStore(), {
      title: 'x'.repeat(61),
      kind: 'long',
      itemIds: ['chin-tuck'],
    });
    expect(!long.ok && long.problems.map((p) => p.type)).toEqual(['name-too-long']);
  });

  it('deleting a custom routine also clears it from favourites and hidden', () => {
    const saved = saveCustomRoutine(emptyRoutineStore(), {
      title: 'Mine',
      kind: 'long',
      itemIds: ['body-scan', 'box-breathing'],
    });
    if (!saved.ok) throw new Error(saved.problems.map((p) => p.type).join());
    const starred = setHidden(
      toggleFavourite(saved.store, saved.routine.id),
      saved.routine.id,
      true,
    );
    expect(deleteCustomRoutine(starred, saved.routine.id)).toEqual(emptyRoutineStore());
  });

  it('round-trips through the settings schema (what the lead persists)', () => {
    const saved = saveCustomRoutine(toggleFavourite(emptyRoutineStore(), 'micro-open-up'), {
      title: 'Mine',
      kind: 'micro',
      itemIds: ['chin-tuck'],
    });
    if (!saved.ok) throw new Error(saved.problems.map((p) => p.type).join());
    const persisted = routinesSchema.parse(
      JSON.parse(JSON.stringify({ ...saved.store, pregnant: false })),
    );
    expect(persisted.custom).toEqual(saved.store.custom);
    expect(persisted.favourites).toEqual(['micro-open-up']);
    expect(routinesSchema.parse({}).custom).toEqual([]);
  });
});
