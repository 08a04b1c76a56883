import type { NudgeLevel } from '../app-effects';
import type { Wording } from '../i18n/wording';
import { reasonWords } from '../posture-words';

/**
 * The words of a nudge. Short, kind, and concrete about what to do; the classifier's own reason
 * (e.g. "Your head is lower than when you sat upright.") is added when there is one, so the
 * person learns why. `reason` is the reason's metric id: the words are chosen here, in the
 * person's language.
 */
export function nudgeMessage(level: NudgeLevel, reason: string | null, wording: Wording): string {
  const nudge = wording.t(`core:nudge.${level}`);
  const why = reasonWords(reason, wording);
  return why ? wording.t('core:nudge.withReason', { nudge, reason: why }) : nudge;
}

export const acknowledgeMessage = (wording: Wording): string => wording.t('core:nudge.acknowledge');

export const suggestStretchMessage = (wording: Wording): string =>
  wording.t('core:nudge.suggestStretch');
