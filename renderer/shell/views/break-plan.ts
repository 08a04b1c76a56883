import type { Translate } from '../../../shared/core/i18n/translator';
import type { EventPayloads } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/core/settings/schema';
import { chooseRoutine, type ChoiceReason } from '../../routines/selection/choose-routine';
import type { ResolvedRoutine } from '../../routines/selection/resolve-routine';

export type BreakRequest = EventPayloads['break:start'];

/**
 * What a break shows: one thing, with one timer.
 * - A routine that fits is the break: its player's timer is the only one on screen, the routine's
 *   end ends the break, and the break's end closes the routine (shared/core/schedule/routine-hold.ts).
 * - With every routine of this kind hidden, the break is a moment away from the screen, timed by
 *   the break itself, on the break card.
 */
export type BreakPlan =
  | { readonly kind: 'routine'; readonly routine: ResolvedRoutine; readonly reason: ChoiceReason }
  | { readonly kind: 'step-away' };

/** Which clock the person watches: the routine player's, or the break's own countdown. */
export type BreakTimer = 'routine' | 'break';

export function planBreak(
  request: BreakRequest,
  routines: Settings['routines'],
  recent: readonly string[],
): BreakPlan {
  const choice = chooseRoutine({
    kind: request.kind,
    recentSlouchShare: request.recentSlouchShare,
    favourites: routines.favourites,
    hidden: routines.hidden,
    pregnant: routines.pregnant,
    custom: routines.custom,
    recent,
  });
  return choice
    ? { kind: 'routine', routine: choice.routine, reason: choice.reason }
    : { kind: 'step-away' };
}

export const breakTimer = (plan: BreakPlan): BreakTimer =>
  plan.kind === 'routine' ? 'routine' : 'break';

/** The break's heading: "A short break" or "A longer break". */
export const breakTitle = (kind: BreakRequest['kind'], t: Translate): string =>
  t(`routines:breakView.${kind}`);
