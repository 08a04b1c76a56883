// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguageSetting } from '../../../../../renderer/i18n/language-store';
import { doctorAdvice } from '../../../../../renderer/routines/content/doctor-advice';
import { DoctorPage } from '../../../../../renderer/routines/safety/DoctorPage';

function mount(onClose = vi.fn()) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<DoctorPage onClose={onClose} />, root));
  return { root, onClose };
}

afterEach(() => {
  act(() => setLanguageSetting('en'));
  document.body.innerHTML = '';
});

describe('DoctorPage', () => {
  it('speaks English, with a Back button', () => {
    act(() => setLanguageSetting('en'));
    const { root, onClose } = mount();
    expect(root.querySelector('h2')?.textContent).toBe('When to see a doctor');
    expect(root.querySelectorAll('li')).toHaveLength(doctorAdvice('en').redFlags.length);
    const back = root.querySelector('button')!;
    expect(back.textContent).toBe('Back');
    back.click();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('speaks German, and follows a change of language while open', () => {
    act(() => setLanguageSetting('en'));
    const { root } = mount();
    act(() => setLanguageSetting('de'));
    const de = doctorAdvice('de');
    expect(root.querySelector('h2')?.textContent).toBe(de.title);
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      de.redFlags.map((flag) => flag.text),
    );
    expect(root.querySelector('.doctor-page__urgent')?.textContent).toBe(de.urgent);
    expect(root.querySelector('button')?.textContent).toBe('Zurück');
  });
});
