import type { NudgeLevel } from '../app-effects';

/**
 * The words of a nudge. Short, kind, and concrete about what to do; the classifier's own reason
 * (e.g. "head lower than your baseline") is added when there is one, so the person learns why.
 */
const NUDGE_TEXT: Record<NudgeLevel, string> = {
  tray: 'Time to sit tall.',
  notification: 'You have been slouching for a while: sit tall, ears over shoulders.',
  glow: 'Still slouching: roll your shoulders back and lengthen your neck.',
  sound: 'Poise here: a gentle reminder to sit up.',
};

export function nudgeMessage(level: NudgeLevel, reason: string | null): string {
  const base = NUDGE_TEXT[level];
  return reason ? `${base} (${reason})` : base;
}

export const ACKNOWLEDGE_MESSAGE = 'Nice, that is better.';

export const SUGGEST_STRETCH_MESSAGE =
  'Slouching keeps coming back: a short stretch break may help more than another reminder.';
