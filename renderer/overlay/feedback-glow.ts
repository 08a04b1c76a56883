import type { EventPayloads } from '../../main/ipc/contract';
import type { GlowState } from './Glow';

export type CoachFeedback = EventPayloads['coach:feedback'];

/**
 * The glow's state after one coach:feedback event: the same rule as glowAfter() over core effects,
 * for windows that hear the feedback over IPC rather than seeing the effects.
 */
export function glowAfterFeedback(current: GlowState, feedback: CoachFeedback): GlowState {
  switch (feedback.kind) {
    case 'nudge':
      return feedback.level === 'glow' || feedback.level === 'sound' ? 'nudge' : current;
    case 'acknowledge':
      return current === 'nudge' ? 'acknowledge' : current;
    case 'clear':
      return current === 'acknowledge' ? current : 'off';
    case 'suggest-stretch':
      return current;
  }
}
