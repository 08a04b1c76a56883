// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguageSetting } from '../../../../../renderer/i18n/language-store';
import { ITEMS_BY_ID, ROUTINES_BY_ID } from '../../../../../renderer/routines/content/catalogue';
import { localizeItem, localizeRoutine } from '../../../../../renderer/routines/content/localize';
import { RoutineLibrary } from '../../../../../renderer/routines/library/RoutineLibrary';
import {
  emptyRoutineStore,
  type RoutineStore,
} from '../../../../../renderer/routines/selection/routine-store';
import { routineNamer } from '../../../../../renderer/shell/views/routine-names';

function mount(store: RoutineStore = emptyRoutineStore()) {
  const root = document.createElement('div');
  document.body.append(root);
  const onChange = vi.fn();
  act(() =>
    render(
      <RoutineLibrary
        store={store}
        pregnant={false}
        onChange={onChange}
        onPlay={vi.fn()}
        onOpenDoctorPage={vi.fn()}
      />,
      root,
    ),
  );
  return { root, onChange };
}

const mine = {
  id: 'custom-my-reset',
  title: 'My reset',
  kind: 'micro' as const,
  itemIds: ['chin-tuck'],
};

afterEach(() => {
  act(() => setLanguageSetting('en'));
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('RoutineLibrary in German', () => {
  it('lists ready-made routines by their German titles and keeps the person’s own name', () => {
    act(() => setLanguageSetting('de'));
    const { root } = mount({ ...emptyRoutineStore(), custom: [mine], hidden: ['micro-open-up'] });
    expect(root.querySelector('h2')?.textContent).toBe('Routinen');
    const openUp = localizeRoutine(ROUTINES_BY_ID.get('micro-open-up')!, 'de').title;
    const row = root.querySelector('[data-routine-id="micro-open-up"]')!;
    expect(row.textContent).toContain(openUp);
    expect(row.textContent).toContain('in Pausen ausgeblendet');
    expect(row.querySelector('button')?.getAttribute('aria-label')).toBe(`${openUp} starten`);
    const own = root.querySelector('[data-routine-id="custom-my-reset"]')!;
    expect(own.textContent).toContain('My reset');
    expect(own.textContent).toContain('selbst erstellt');
    // The builder lists exercises in German.
    const chinTuck = localizeItem(ITEMS_BY_ID.get('chin-tuck')!, 'de').title;
    const labels = [...root.querySelectorAll('.routine-builder__items label')].map(
      (label) => label.textContent,
    );
    expect(labels.some((label) => label?.trim().startsWith(chinTuck))).toBe(true);
  });

  it('says in German what keeps a routine from being saved', () => {
    act(() => setLanguageSetting('de'));
    const { root, onChange } = mount();
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onChange).not.toHaveBeenCalled();
    const problems = [...root.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    expect(problems).toEqual([
      'Geben Sie der Routine einen Namen.',
      'Kreuzen Sie mindestens eine Übung an.',
    ]);
  });
});

describe('routineNamer', () => {
  it('names ready-made routines and single exercises in the language, own routines as named', () => {
    const settings = { routines: { custom: [mine] } } as unknown as Parameters<
      typeof routineNamer
    >[0];
    const de = routineNamer(settings, 'de');
    const en = routineNamer(settings, 'en');
    expect(en('micro-open-up')).toBe(ROUTINES_BY_ID.get('micro-open-up')!.title);
    expect(de('micro-open-up')).toBe(
      localizeRoutine(ROUTINES_BY_ID.get('micro-open-up')!, 'de').title,
    );
    expect(de('item-chin-tuck')).toBe(localizeItem(ITEMS_BY_ID.get('chin-tuck')!, 'de').title);
    expect(de('custom-my-reset')).toBe('My reset');
    expect(de('no-such-routine')).toBe('no-such-routine');
  });
});
