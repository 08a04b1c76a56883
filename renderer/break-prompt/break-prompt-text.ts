import type { BreakPromptView } from '../../shared/core/break-prompt-view';
import type { Wording } from '../../shared/core/i18n/wording';

/**
 * The words on the break prompt, kept apart from the markup so every label is tested as a table
 * (in each language) and the component stays a thin renderer.
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

/** 30 -> "30 seconds", 60 -> "1 minute", 90 -> "1 min 30 s", 300 -> "5 minutes". */
export function spokenDuration(seconds: number, wording: Wording): string {
  const { t, formatNumber } = wording;
  if (seconds < 60) return t('seconds', { count: seconds });
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (s === 0) return t('minutes', { count: m });
  return t('core:duration.minutesAndSeconds', {
    minutes: formatNumber(m),
    seconds: formatNumber(s),
  });
}

export function breakPromptText(view: BreakPromptView, wording: Wording): BreakPromptText {
  const { t, formatNumber } = wording;
  const kind = t(`core:breakPrompt.kind.${view.kind}`);
  const duration = spokenDuration(view.secondsLeft, wording);
  const postponeDisabled = view.postponesLeft === 0;
  const postpone = postponeDisabled
    ? t('core:breakPrompt.noPostponesLeft')
    : t('core:breakPrompt.postpone', {
        minutes: formatNumber(view.postponeMinutes),
        left: formatNumber(view.postponesLeft),
      });
  if (view.phase === 'heads-up') {
    return {
      title: t('core:breakPrompt.headsUpTitle', { kind, duration }),
      // No length or activity promised here: the break may be a routine, with its own length.
      detail: t('core:breakPrompt.headsUpDetail'),
      takeNow: t('core:breakPrompt.takeNow'),
      postpone,
      postponeDisabled,
      skip: view.canSkip ? t('core:breakPrompt.skipThisOne') : null,
      finish: null,
    };
  }
  return {
    title: t('core:breakPrompt.onBreakTitle', { kind, duration }),
    detail: t('core:breakPrompt.onBreakDetail'),
    takeNow: null,
    postpone,
    postponeDisabled,
    skip: view.canSkip ? t('core:breakPrompt.skipTheRest') : null,
    finish: t('core:breakPrompt.finish'),
  };
}
