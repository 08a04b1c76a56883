import type { AppEffect } from '../../main/core/app-effects';
import type { GlowState } from './Glow';

/** How long the calm acknowledgement glow stays before the overlay goes back to 'off'. */
export const ACKNOWLEDGE_GLOW_MS = 1600;

/**
 * The overlay's state after one step's effects. A glow- or sound-level nudge lights the edge; the
 * acknowledgement shows only if the edge was lit (a tray-level nudge never lit the screen, so
 * thanking the person there would be a surprise); a clear turns it off.
 */
export function glowAfter(current: GlowState, effects: readonly AppEffect[]): GlowState {
  if (effects.some((e) => e.type === 'nudge' && (e.level === 'glow' || e.level === 'sound')))
    return 'nudge';
  if (current === 'nudge' && effects.some((e) => e.type === 'acknowledge')) return 'acknowledge';
  if (effects.some((e) => e.type === 'nudge:clear')) return 'off';
  return current;
}
