// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BreakPromptView } from '../../../../shared/core/break-prompt-view';
import { BreakPrompt } from '../../../../renderer/break-prompt/BreakPrompt';

const view: BreakPromptView = {
  phase: 'heads-up',
  kind: 'micro',
  secondsLeft: 20,
  durationSeconds: 30,
  postponesLeft: 1,
  postponeMinutes: 5,
  canSkip: true,
};

function mount(v: BreakPromptView, onFinish?: () => void) {
  const root = document.createElement('div');
  document.body.append(root);
  const calls = { takeNow: vi.fn(), postpone: vi.fn(), skip: vi.fn() };
  render(
    <BreakPrompt
      view={v}
      onTakeNow={calls.takeNow}
      onPostpone={calls.postpone}
      onSkip={calls.skip}
      onFinish={onFinish}
    />,
    root,
  );
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name) as
      HTMLButtonElement | undefined;
  return { root, calls, button };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('BreakPrompt', () => {
  it('is a labelled region whose title is a polite live region', () => {
    const { root } = mount(view);
    const region = root.querySelector('[role="region"]')!;
    const title = root.querySelector('h2')!;
    expect(region.getAttribute('aria-labelledby')).toBe(title.id);
    expect(title.textContent).toBe('Micro break in 20 seconds');
    expect(title.getAttribute('aria-live')).toBe('polite');
  });

  it('calls back for take now, postpone and skip', () => {
    const { calls, button } = mount(view);
    button('Take it now')!.click();
    button('Postpone 5 min (1 left)')!.click();
    button('Skip this one')!.click();
    expect(calls.takeNow).toHaveBeenCalledTimes(1);
    expect(calls.postpone).toHaveBeenCalledTimes(1);
    expect(calls.skip).toHaveBeenCalledTimes(1);
  });

  it('disables postpone when none are left, and leaves out skip when it is not allowed', () => {
    const { calls, button, root } = mount({ ...view, postponesLeft: 0, canSkip: false });
    const postpone = button('No postpones left')!;
    expect(postpone.disabled).toBe(true);
    postpone.click();
    expect(calls.postpone).not.toHaveBeenCalled();
    expect(root.querySelectorAll('button').length).toBe(2);
  });

  it('never takes focus when it appears', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    mount(view);
    expect(document.activeElement).toBe(input);
  });

  it('during the break offers "I am done" when the host supports it', () => {
    const onFinish = vi.fn();
    const { button } = mount({ ...view, phase: 'on-break', secondsLeft: 12 }, onFinish);
    expect(button('Take it now')).toBeUndefined();
    button('I am done')!.click();
    expect(onFinish).toHaveBeenCalledTimes(1);
  });
});
