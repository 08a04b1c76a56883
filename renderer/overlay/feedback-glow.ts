import type { EventPayloads } from '../../shared/ipc/contract';
import type { GlowState } from './Glow';

export type CoachFeedback = EventPayloads['coach:feedback'];

/** How long the calm acknowledgement glow stays before the overlay goes back to 'off'. */
export const ACKNOWLEDGE_GLOW_MS = 1600;

/**
 * The glow's state after one coach:feedback event. A glow- or sound-level nudge lights the edge;
 * the acknowledgement shows only if the edge was lit (a tray-level nudge never lit the screen, so
 * thanking the person there would be a surprise); a clear turns it off.
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
