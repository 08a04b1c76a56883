// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { initialAppStatus } from '../../../../shared/core/app-status';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { setLanguageSetting } from '../../../../renderer/i18n/language-store';
import { PlacementChecklist } from '../../../../renderer/onboarding/PlacementChecklist';
import { checkPlacement } from '../../../../renderer/onboarding/placement-checks';
import { LivePosture } from '../../../../renderer/shell/LivePosture';

afterEach(() => {
  act(() => setLanguageSetting('system'));
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('the shell in German', () => {
  it('reads the live posture gauge out in German, numbers in the locale', () => {
    act(() => setLanguageSetting('de'));
    const status = { ...initialAppStatus, posture: 'upright' as const, slouchScore: 0.2 };
    act(() => render(<LivePosture status={status} />, document.body));
    const meter = document.querySelector('[role="meter"]');
    expect(meter?.getAttribute('aria-label')).toBe('Krummes Sitzen, auf Ihrer eigenen Skala');
    expect(meter?.getAttribute('aria-valuetext')).toBe(
      '20 von 100; Ihre Grenze für krummes Sitzen liegt bei 50',
    );
    expect(document.querySelector('[data-testid="posture-reason"]')?.textContent).toBe(
      'Aufrecht: nah an Ihrer kalibrierten Haltung.',
    );
  });

  it('keeps the English gauge words', () => {
    const status = { ...initialAppStatus, posture: 'upright' as const, slouchScore: 0.4 };
    act(() => render(<LivePosture status={status} />, document.body));
    expect(document.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).toBe(
      '40 of 100; your slouch line is at 50',
    );
    expect(document.body.textContent).toContain('Upright, but close to your slouch line.');
  });

  it('counts skipped history records with the right plural form', () => {
    const { t } = wordingFor('de-DE', 'de', 'UTC');
    expect(t('shell:today.damaged', { count: 1, number: '1' })).toBe(
      '1 beschädigter Verlaufseintrag wurde übersprungen; alles andere wird angezeigt.',
    );
    expect(t('shell:today.damaged', { count: 1200, number: '1.200' })).toBe(
      '1.200 beschädigte Verlaufseinträge wurden übersprungen; alles andere wird angezeigt.',
    );
    const en = wordingFor('en-GB', 'en', 'UTC').t;
    expect(en('shell:today.damaged', { count: 2, number: '2' })).toBe(
      '2 damaged history records were skipped; everything else is shown.',
    );
  });

  it('gives placement advice in the current language', () => {
    act(() => setLanguageSetting('de'));
    const report = checkPlacement({ keypoints: null, brightness: 0.05 });
    act(() => render(<PlacementChecklist checks={report.checks} />, document.body));
    const light = document.querySelector('[data-check="light"]')?.textContent ?? '';
    expect(light).toContain('Licht');
    expect(light).toContain('Änderung nötig');
    expect(light).toContain('Das Bild ist zu dunkel: Schalten Sie ein Licht vor sich ein');
  });
});
