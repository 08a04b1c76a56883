import type { Translate } from '../../../shared/core/i18n/translator';
import type { FocusTag, RoutineKind } from '../content/schema';
import { availableRoutines, type ResolvedRoutine } from './resolve-routine';
import type { CustomRoutine } from './routine-store';

export interface ChooseRoutineInput {
  readonly kind: RoutineKind;
  /** Share (0..1) of the recent monitored time spent slouching, e.g. over the last hour. */
  readonly recentSlouchShare: number;
  readonly favourites: readonly string[];
  readonly hidden: readonly string[];
  readonly pregnant: boolean;
  readonly custom: readonly CustomRoutine[];
  /** Routine ids played recently, newest last: the chooser avoids repeating itself. */
  readonly recent?: readonly string[];
}

/** Why a routine was chosen: after a slouchy spell, a favourite, the person's own, or variety. */
export type ChoiceReason = 'slouchy' | 'favourite' | 'own' | 'change';

export interface RoutineChoice {
  readonly routine: ResolvedRoutine;
  /** Why, shown to the user in plain language (choiceReasonText). */
  readonly reason: ChoiceReason;
}

/** "Chosen to open the chest and upper back after a slouchy spell." and the like. */
export const choiceReasonText = (reason: ChoiceReason, t: Translate): string =>
  t(`routines:choice.${reason}`);

/** Above this share of slouching the chooser leans hard toward openers and extension. */
export const SLOUCHY_SHARE = 0.3;

const OPENERS: readonly FocusTag[] = ['chest-opener', 'thoracic-extension'];

/** Fraction of a routine's time spent on items with one of the given focus tags. */
function focusShare(routine: ResolvedRoutine, tags: readonly FocusTag[]): number {
  if (routine.durationSeconds === 0) return 0;
  const seconds = routine.items
    .filter((item) => item.focus.some((tag) => tags.includes(tag)))
    .reduce((sum, item) => sum + item.durationSeconds, 0);
  return seconds / routine.durationSeconds;
}

function score(routine: ResolvedRoutine, input: ChooseRoutineInput): number {
  const slouch = Math.min(
    1,
    Math.max(0, Number.isFinite(input.recentSlouchShare) ? input.recentSlouchShare : 0),
  );
  let total = 0;
  // After a slouchy spell, openers dominate; otherwise a light preference keeps variety.
  total += (slouch >= SLOUCHY_SHARE ? 4 : 1) * slouch * focusShare(routine, OPENERS);
  total += (1 - slouch) * 0.5 * focusShare(routine, ['calm', 'neck', 'posture-awareness']);
  if (input.favourites.includes(routine.id)) total += 1.5;
  if (routine.origin === 'custom') total += 0.25;
  const recent = input.recent ?? [];
  const lastIndex = recent.lastIndexOf(routine.id);
  // The most recent routine is pushed down most; older repeats a little less.
  if (lastIndex >= 0) total -= 3 / (recent.length - lastIndex);
  return total;
}

function reasonFor(routine: ResolvedRoutine, input: ChooseRoutineInput): ChoiceReason {
  if (input.recentSlouchShare >= SLOUCHY_SHARE && focusShare(routine, OPENERS) >= 0.5) {
    return 'slouchy';
  }
  if (input.favourites.includes(routine.id)) return 'favourite';
  if (routine.origin === 'custom') return 'own';
  return 'change';
}

/**
 * Pick the routine for a break: pure and deterministic (ties break by id), so the same inputs
 * always give the same routine. Returns undefined only if the user has hidden everything of
 * this kind.
 */
export function chooseRoutine(input: ChooseRoutineInput): RoutineChoice | undefined {
  const candidates = availableRoutines(input.custom, {
    hidden: input.hidden,
    pregnant: input.pregnant,
  }).filter((routine) => routine.kind === input.kind);
  const ranked = candidates
    .map((routine) => ({ routine, score: score(routine, input) }))
    .sort((a, b) => b.score - a.score || a.routine.id.localeCompare(b.routine.id));
  const best = ranked[0];
  return best ? { routine: best.routine, reason: reasonFor(best.routine, input) } : undefined;
}
