// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Glow } from '../../../../renderer/overlay/Glow';
import { repoRoot } from '../../../support/repo-paths';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(state: 'off' | 'nudge' | 'acknowledge', message?: string) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Glow state={state} message={message} />, root);
  return root;
}

describe('Glow', () => {
  it('shows its state for the CSS and announces the message politely', () => {
    const root = mount('nudge', 'Time to sit tall.');
    expect(root.querySelector('.poise-glow')!.getAttribute('data-state')).toBe('nudge');
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('Time to sit tall.');
    expect(root.querySelector('.poise-glow__edge')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('says nothing while off', () => {
    const root = mount('off', 'stale words');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
  });

  it('has nothing to click or focus', () => {
    const root = mount('nudge', 'x');
    expect(root.querySelectorAll('button, a, input, [tabindex]').length).toBe(0);
  });
});

describe('glow.css', () => {
  const css = readFileSync(`${repoRoot}/renderer/overlay/glow.css`, 'utf8');

  it('lets every click through', () => {
    for (const selector of ['.poise-glow {', '.poise-glow__edge {']) {
      const block = css.slice(css.indexOf(selector), css.indexOf('}', css.indexOf(selector)));
      expect(block).toContain('pointer-events: none');
    }
  });

  it('stops the pulse for people who prefer reduced motion', () => {
    const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(reduced.length).toBeLessThan(css.length);
    expect(reduced).toMatch(/\[data-state='nudge'\] \.poise-glow__edge \{\s*animation: none;/);
  });
});
