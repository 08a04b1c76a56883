import type { BreakPromptView } from '../../main/core/break-prompt-view';

/**
 * The words on the break prompt, kept apart from the markup so every label is tested as a table
 * and the component stays a thin renderer.
 */
export interface BreakPromptText {
  readonly title: string;
  readonly detail: string;
  readonly takeNow: string | null;
  readonly postpone: string;
  readonly postponeDisabled: boolean;
  readonly skip: string | null;
  readonly finish: string | null;
}

const kindName = (kind: BreakPromptView['kind']): string =>
  kind === 'micro' ? 'Micro break' : 'Long break';

/** 30 -> "30 seconds", 60 -> "1 minute", 90 -> "1 min 30 s", 300 -> "5 minutes". */
export function spokenDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (s === 0) return `${m} minute${m === 1 ? '' : 's'}`;
  return `${m} min ${s} s`;
}

export function breakPromptText(view: BreakPromptView): BreakPromptText {
  const postponeDisabled = view.postponesLeft === 0;
  const postpone = postponeDisabled
    ? 'No postpones left'
    : `Postpone ${view.postponeMinutes} min (${view.postponesLeft} left)`;
  if (view.phase === 'heads-up') {
    return {
      title: `${kindName(view.kind)} in ${spokenDuration(view.secondsLeft)}`,
      // No length or activity promised here: the break may be a routine, with its own length.
      detail: 'Time to stretch, breathe or step away from the screen for a moment.',
      takeNow: 'Take it now',
      postpone,
      postponeDisabled,
      skip: view.canSkip ? 'Skip this one' : null,
      finish: null,
    };
  }
  return {
    title: `${kindName(view.kind)}: ${spokenDuration(view.secondsLeft)} left`,
    detail: 'Step away from the screen. Poise will let you know when the break is over.',
    takeNow: null,
    postpone,
    postponeDisabled,
    skip: view.canSkip ? 'Skip the rest' : null,
    finish: 'I am done',
  };
}
