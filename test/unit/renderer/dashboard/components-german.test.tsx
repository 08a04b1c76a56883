// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyMinute } from '../../../../shared/core/history/minute';
import { summarize } from '../../../../shared/core/history/summary';
import { setLanguageSetting } from '../../../../renderer/i18n/language-store';
import { DataControls } from '../../../../renderer/dashboard/DataControls';
import { RoutinesDone } from '../../../../renderer/dashboard/RoutinesDone';
import { TodayAtAGlance } from '../../../../renderer/dashboard/TodayAtAGlance';
import { ROUTINES } from '../../../../renderer/routines/content/catalogue';
import { localizeRoutine } from '../../../../renderer/routines/content/localize';

afterEach(() => {
  act(() => setLanguageSetting('system'));
  document.body.innerHTML = '';
});

function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

const noop = () => ({ filename: 'x.csv', mimeType: 'text/csv', text: '' });

describe('dashboard parts in words', () => {
  it('counts stored minutes with the right plural form, in English and German', () => {
    const one = mount(<DataControls minuteCount={1} onExport={noop} onDeleteAll={() => {}} />);
    expect(one.textContent).toContain('1 minute stored.');
    const many = mount(<DataControls minuteCount={1234} onExport={noop} onDeleteAll={() => {}} />);
    expect(many.textContent).toContain('1,234 minutes stored.');
    act(() => setLanguageSetting('de'));
    expect(one.textContent).toContain('1 Minute gespeichert.');
    expect(many.textContent).toContain('1.234 Minuten gespeichert.');
    expect(many.querySelector('button')?.textContent).toBe('Als CSV exportieren');
  });

  it("shows today's numbers in German once the language changes", () => {
    const minutes = Array.from({ length: 10 }, (_, i) => ({
      ...emptyMinute(i * 60_000),
      uprightS: 45,
      slouchingS: 15,
    }));
    const root = mount(
      <TodayAtAGlance
        summary={summarize(minutes)}
        streaks={{ current: 1, longest: 3, daysMet: 4 }}
        goal={70}
      />,
    );
    expect(root.querySelector('h3')?.textContent).toBe('Today at a glance');
    expect(root.querySelector('[data-stat="streak"] .dash-stat__note')?.textContent).toBe(
      'day at score 70+ · best 3',
    );
    act(() => setLanguageSetting('de'));
    expect(root.querySelector('h3')?.textContent).toBe('Heute auf einen Blick');
    expect(root.querySelector('[data-stat="upright"] .dash-stat__value')?.textContent).toBe(
      '75\u00a0%',
    );
    expect(root.querySelector('[data-stat="upright"] .dash-stat__note')?.textContent).toBe(
      '8 Min. von 10 Min. am Schreibtisch',
    );
    expect(root.querySelector('[data-stat="streak"] .dash-stat__note')?.textContent).toBe(
      'Tag mit Wert ab 70 · Rekord 3',
    );
  });

  it('names ready-made routines by their catalogue title and others by the given namer', () => {
    const routine = ROUTINES[0]!;
    const root = mount(
      <RoutinesDone
        today={{ [routine.id]: 2, 'custom-1': 1 }}
        month={{}}
        routineName={(id) => (id === 'custom-1' ? 'My stretch' : id)}
      />,
    );
    expect(root.textContent).toContain(`${routine.title} × 2`);
    expect(root.textContent).toContain('My stretch × 1');
    expect(root.textContent).toContain('None in the last 30 days.');
    act(() => setLanguageSetting('de'));
    expect(root.textContent).toContain('Keine in den letzten 30 Tagen.');
    expect(root.textContent).toContain(`${localizeRoutine(routine, 'de').title} × 2`);
    expect(root.textContent).toContain('My stretch × 1');
  });
});
