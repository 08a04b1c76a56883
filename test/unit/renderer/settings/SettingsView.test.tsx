// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { applySettingsPatch, type SettingsPatch } from '../../../../shared/core/settings/patch';
import { defaultSettings, type Settings } from '../../../../shared/core/settings/schema';
import type { PoiseApi } from '../../../../shared/ipc/contract';
import {
  followLanguageSetting,
  setLanguageSetting,
} from '../../../../renderer/i18n/language-store';
import { SETTINGS_PAGE } from '../../../../renderer/settings/fields';
import { SettingsView } from '../../../../renderer/settings/SettingsView';
import type { SignalAvailability } from '../../../../shared/core/signals/signal-poll';

/** What the host answers on app:signals (undefined: a host that does not answer). */
let signalsAnswer: SignalAvailability | undefined;

/** Settings kept in memory, patched as main would and broadcast to every listener. */
function fakeApi(initial: Settings) {
  let settings = initial;
  const listeners = new Map<string, Set<(payload: never) => void>>();
  const emit = (channel: string, payload: unknown): void => {
    for (const listener of listeners.get(channel) ?? []) listener(payload as never);
  };
  const api = {
    invoke: (channel: string, patch?: SettingsPatch) => {
      if (channel === 'settings:get') return Promise.resolve(settings);
      if (channel === 'app:signals') return Promise.resolve(signalsAnswer);
      if (channel === 'settings:update') {
        const result = applySettingsPatch(settings, patch!);
        if (result.ok) {
          settings = result.settings;
          emit('settings:changed', settings);
        }
        return Promise.resolve(result);
      }
      return Promise.resolve(undefined);
    },
    on: (channel: string, listener: (payload: never) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  } as unknown as PoiseApi;
  return { api, emit: (channel: string, payload: unknown) => act(() => emit(channel, payload)) };
}

const flush = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const done of cleanup) done();
  cleanup = [];
  signalsAnswer = undefined;
  act(() => setLanguageSetting('system'));
  document.body.innerHTML = '';
});

async function mount(settings: Settings = defaultSettings(), desktop = false) {
  const root = document.createElement('div');
  document.body.append(root);
  const fake = fakeApi(settings);
  // As each window's entry does: the page follows the language setting.
  cleanup.push(followLanguageSetting(fake.api));
  act(() => render(<SettingsView api={fake.api} desktop={desktop} />, root));
  await flush();
  cleanup.push(() => render(null, root));
  return { root, ...fake };
}

/** The label of a control: a <label for> beside it, or the <label> around a checkbox. */
const labelOf = (root: HTMLElement, id: string): string =>
  (
    root.querySelector(`label[for="${id}"]`) ?? root.querySelector(`#${id}`)?.closest('label')
  )?.textContent?.trim() ?? '';
const legends = (root: HTMLElement): string[] =>
  [...root.querySelectorAll('legend')].map((legend) => legend.textContent ?? '');

describe('the settings page', () => {
  it("says which platform signals this system cannot read, in the person's language", async () => {
    signalsAnswer = { fullscreen: true, dnd: false, call: false };
    const { root } = await mount();
    expect(root.querySelector('[data-testid="unavailable-signals"]')?.textContent).toBe(
      'Not available on this system: noticing do-not-disturb and noticing a call (another app ' +
        'using the microphone or camera). Poise cannot tell when these are on, so it may nudge ' +
        'or start a break then.',
    );
    document.body.innerHTML = '';
    const german = await mount({ ...defaultSettings(), language: 'de' });
    expect(german.root.querySelector('[data-testid="unavailable-signals"]')?.textContent).toMatch(
      /^Auf diesem System nicht verfügbar: Erkennen von „Nicht stören“ und Erkennen eines Anrufs/,
    );
  });

  it('says nothing about platform signals when all of them can be read', async () => {
    signalsAnswer = { fullscreen: true, dnd: true, call: true };
    const { root } = await mount();
    expect(root.querySelector('[data-testid="unavailable-signals"]')).toBeNull();
  });

  it('shows English words and a language choice in General, also in a browser', async () => {
    const { root } = await mount();
    expect(root.querySelector('h2')?.textContent).toBe('Settings');
    expect(labelOf(root, 'setting-coaching-graceSeconds')).toBe('Wait before nudging');
    expect(legends(root)[0]).toBe('General');
    const language = root.querySelector<HTMLSelectElement>('#setting-general-language')!;
    expect(labelOf(root, 'setting-general-language')).toBe('Language');
    expect([...language.options].map((o) => [o.value, o.textContent])).toEqual([
      ['system', 'Same as the system'],
      ['en', 'English'],
      ['de', 'Deutsch'],
    ]);
    expect(language.value).toBe('system');
  });

  it('shows German labels when the language is German', async () => {
    const { root } = await mount({ ...defaultSettings(), language: 'de' });
    expect(root.querySelector('h2')?.textContent).toBe('Einstellungen');
    expect(legends(root)).toEqual([
      'Allgemein',
      'Haltungserkennung',
      'Hinweise',
      'Pausen',
      'Arbeitszeiten',
      'Routinen',
      'Verlauf',
    ]);
    expect(labelOf(root, 'setting-coaching-graceSeconds')).toBe('Wartezeit vor einem Hinweis');
    expect(root.querySelector('#setting-coaching-graceSeconds-help')?.textContent).toBe(
      'Wie lange Sie krumm sitzen dürfen, bevor Poise etwas sagt. Kurze Blicke zählen nie.',
    );
    expect(root.textContent).toContain('Sekunden');
    expect(root.textContent).toContain('Streng');
    expect(root.textContent).toContain('Sanftes Leuchten am Bildschirmrand');
    // Weekday names from Intl in the German locale.
    const days = root.querySelector('#setting-workingHours-days')!;
    expect(days.getAttribute('aria-label')).toBe('Tage');
    expect(days.textContent).toContain('Mo');
    expect(days.textContent).not.toContain('Mon');
    const slider = root.querySelector('#setting-monitoring-sensitivity')!;
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^\d+ von \d+$/);
  });

  it('switches to German at once when the language setting changes', async () => {
    const { root } = await mount();
    expect(labelOf(root, 'setting-breaks-allowSkip')).toBe('Allow skipping a break');
    const language = root.querySelector<HTMLSelectElement>('#setting-general-language')!;
    language.value = 'de';
    act(() => {
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(labelOf(root, 'setting-breaks-allowSkip')).toBe('Auslassen einer Pause erlauben');
    expect(root.querySelector('h2')?.textContent).toBe('Einstellungen');
    expect(root.querySelector<HTMLSelectElement>('#setting-general-language')!.value).toBe('de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('follows a change made elsewhere (another window) and back', async () => {
    const { root, emit } = await mount();
    emit('settings:changed', { ...defaultSettings(), language: 'de' });
    await flush();
    expect(labelOf(root, 'setting-history-dailyGoalScore')).toBe('Tägliches Haltungsziel');
    emit('settings:changed', { ...defaultSettings(), language: 'en' });
    await flush();
    expect(labelOf(root, 'setting-history-dailyGoalScore')).toBe('Daily posture goal');
  });

  it('explains a refused number in the current language', async () => {
    const { root } = await mount({ ...defaultSettings(), language: 'de' });
    const steps = root.querySelector<HTMLInputElement>('#setting-coaching-escalateAfterSeconds')!;
    steps.value = '5';
    act(() => {
      steps.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Wählen Sie eine ganze Zahl von 10 bis 600.',
    );
  });

  it('has every field in words', () => {
    const keys = SETTINGS_PAGE.flatMap((section) => section.fields.map((f) => f.key));
    expect(keys).toContain('language');
  });
});
