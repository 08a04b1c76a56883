// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguageSetting } from '../../../../../renderer/i18n/language-store';
import { ITEMS_BY_ID } from '../../../../../renderer/routines/content/catalogue';
import { localizeItem } from '../../../../../renderer/routines/content/localize';
import { manualClock } from '../../../../../renderer/routines/player/clock';
import { RoutinePlayer } from '../../../../../renderer/routines/player/RoutinePlayer';
import type { Speaker } from '../../../../../renderer/routines/player/speaker';
import {
  localizeResolvedRoutine,
  resolveRoutineById,
  singleItemRoutine,
  type ResolvedRoutine,
} from '../../../../../renderer/routines/selection/resolve-routine';

function mount(routine: ResolvedRoutine) {
  const root = document.createElement('div');
  document.body.append(root);
  const spoken: { text: string; lang: string }[] = [];
  const speaker: Speaker = {
    speak: (text, lang) => spoken.push({ text, lang }),
    cancel: () => undefined,
  };
  const clock = manualClock();
  act(() =>
    render(
      <RoutinePlayer
        routine={routine}
        clock={clock}
        spokenCues
        speaker={speaker}
        reducedMotion
        onFinish={vi.fn()}
        onEnd={vi.fn()}
        onOpenDoctorPage={vi.fn()}
      />,
      root,
    ),
  );
  const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  return { root, spoken, clock, text, button };
}

const routine = (id: string) => resolveRoutineById(id, [], { hidden: [], pregnant: false })!;

afterEach(() => {
  act(() => setLanguageSetting('en'));
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('RoutinePlayer in German', () => {
  it('shows the routine, its exercise and its controls in German, and speaks German', () => {
    act(() => setLanguageSetting('de'));
    const openUp = routine('micro-open-up');
    const german = localizeResolvedRoutine(openUp, 'de');
    const first = german.items[0]!;
    const { root, spoken, text, button } = mount(openUp);

    expect(text('#routine-player-title')).toBe(german.title);
    expect(german.title).not.toBe(openUp.title);
    expect(text('.routine-player__position')).toBe(`Schritt 1 von ${openUp.items.length}`);
    expect(text('.routine-player__item')).toContain(first.title);
    expect(first.title).not.toBe(openUp.items[0]!.title);
    expect(text('.routine-player__text')).toBe(first.steps[0]!.text);
    for (const name of ['Zurück', 'Pause', 'Überspringen', 'Beenden']) {
      expect(button(name), name).toBeDefined();
    }
    expect(root.querySelector('[role="timer"]')?.getAttribute('aria-label')).toMatch(
      /^Noch \d+ Sekunden in diesem (Schritt|Teil)$/,
    );
    const cautions = [...root.querySelectorAll('.routine-player__cautions li')].map(
      (li) => li.textContent,
    );
    expect(cautions).toEqual(first.cautions);
    // The illustration is described for screen readers in German too.
    expect(root.querySelector('svg[role="img"] title')?.textContent).toMatch(/ansicht|Hand/);
    expect(spoken[0]).toEqual({ text: first.steps[0]!.text, lang: 'de' });
  });

  it('counts the steps done with the right German plural', () => {
    act(() => setLanguageSetting('de'));
    const many = mount(routine('micro-open-up'));
    act(() => many.button('Beenden')!.click());
    expect(many.text('.routine-player__done')).toContain(
      `0 von ${routine('micro-open-up').items.length} Schritten erledigt.`,
    );
    render(null, many.root);

    const one = mount(singleItemRoutine(ITEMS_BY_ID.get('chin-tuck')!));
    expect(one.text('#routine-player-title')).toBe(
      localizeItem(ITEMS_BY_ID.get('chin-tuck')!, 'de').title,
    );
    act(() => one.button('Beenden')!.click());
    expect(one.text('.routine-player__done')).toContain('Routine beendet.');
    expect(one.text('.routine-player__done')).toContain('0 von 1 Schritt erledigt.');
  });

  it('follows a change of language mid-routine without losing its place', () => {
    const openUp = routine('micro-open-up');
    const { text, clock, spoken } = mount(openUp);
    expect(text('.routine-player__position')).toBe(`Step 1 of ${openUp.items.length}`);
    expect(spoken[0]?.lang).toMatch(/^en/);
    act(() => clock.advance(openUp.items[0]!.steps[0]!.seconds * 1000 + 50));
    const index = text('.routine-player__text');
    act(() => setLanguageSetting('de'));
    const german = localizeResolvedRoutine(openUp, 'de').items[0]!;
    expect(text('.routine-player__position')).toBe(`Schritt 1 von ${openUp.items.length}`);
    expect(text('.routine-player__text')).toBe(german.steps[1]!.text);
    expect(index).toBe(openUp.items[0]!.steps[1]!.text);
  });
});
