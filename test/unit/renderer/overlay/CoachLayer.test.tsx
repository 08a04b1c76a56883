// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BreakPromptView } from '../../../../shared/core/break-prompt-view';
import { CoachLayer } from '../../../../renderer/overlay/CoachLayer';

const prompt: BreakPromptView = {
  phase: 'heads-up',
  kind: 'long',
  secondsLeft: 30,
  durationSeconds: 300,
  postponesLeft: 2,
  postponeMinutes: 5,
  canSkip: false,
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CoachLayer', () => {
  it('always has the glow, and the prompt only when there is one', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const noop = () => undefined;
    render(
      <CoachLayer glow="off" prompt={null} onTakeNow={noop} onPostpone={noop} onSkip={noop} />,
      root,
    );
    expect(root.querySelector('.poise-glow')?.getAttribute('data-state')).toBe('off');
    expect(root.querySelector('[role="region"]')).toBeNull();

    const onTakeNow = vi.fn();
    render(
      <CoachLayer
        glow="nudge"
        message="Sit tall"
        prompt={prompt}
        onTakeNow={onTakeNow}
        onPostpone={noop}
        onSkip={noop}
      />,
      root,
    );
    expect(root.querySelector('.poise-glow')?.getAttribute('data-state')).toBe('nudge');
    expect(root.querySelector('h2')?.textContent).toBe('Long break in 30 seconds');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Take it now')!.click();
    expect(onTakeNow).toHaveBeenCalledTimes(1);
  });

  it('leaves the break itself to the break view: no second timer in the corner', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const noop = () => undefined;
    render(
      <CoachLayer
        glow="off"
        prompt={{ ...prompt, phase: 'on-break', secondsLeft: 29 }}
        onTakeNow={noop}
        onPostpone={noop}
        onSkip={noop}
      />,
      root,
    );
    expect(root.querySelector('[role="region"]')).toBeNull();
    expect(root.textContent).not.toMatch(/left/);
  });
});
