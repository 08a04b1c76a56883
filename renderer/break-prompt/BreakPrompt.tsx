import type { BreakPromptView } from '../../shared/core/break-prompt-view';
import { useWording } from '../i18n/use-wording';
import { breakPromptText } from './break-prompt-text';
import './break-prompt.css';

export interface BreakPromptProps {
  /** From `breakPromptView(state, nowMs)`; re-render with a fresh one every second. */
  readonly view: BreakPromptView;
  readonly onTakeNow: () => void;
  readonly onPostpone: () => void;
  readonly onSkip: () => void;
  /** Ends the break early (counts as taken); shown during the break only when given. */
  readonly onFinish?: () => void;
}

/**
 * The heads-up banner before a break and the small panel during one. It never takes focus: it
 * appears while the person is typing, and a stolen keystroke would press a button by accident.
 * The title is a polite live region so screen readers hear the countdown start without being
 * interrupted every second (aria-atomic on the title only).
 */
export function BreakPrompt({ view, onTakeNow, onPostpone, onSkip, onFinish }: BreakPromptProps) {
  const text = breakPromptText(view, useWording());
  const titleId = `poise-break-prompt-title-${view.phase}`;
  return (
    <section
      class={`break-prompt break-prompt--${view.phase}`}
      role="region"
      aria-labelledby={titleId}
      data-phase={view.phase}
      data-kind={view.kind}
    >
      <h2 id={titleId} class="break-prompt__title" aria-live="polite" aria-atomic="true">
        {text.title}
      </h2>
      <p class="break-prompt__detail">{text.detail}</p>
      <div class="break-prompt__actions">
        {text.takeNow && (
          <button type="button" class="break-prompt__primary" onClick={onTakeNow}>
            {text.takeNow}
          </button>
        )}
        {text.finish && onFinish && (
          <button type="button" class="break-prompt__primary" onClick={onFinish}>
            {text.finish}
          </button>
        )}
        <button type="button" onClick={onPostpone} disabled={text.postponeDisabled}>
          {text.postpone}
        </button>
        {text.skip && (
          <button type="button" onClick={onSkip}>
            {text.skip}
          </button>
        )}
      </div>
    </section>
  );
}
