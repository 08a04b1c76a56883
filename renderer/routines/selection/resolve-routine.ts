import type { Language } from '../../../shared/core/i18n/languages';
import { ITEMS_BY_ID, ROUTINES, ROUTINES_BY_ID } from '../content/catalogue';
import { localizeItem, localizeRoutine } from '../content/localize';
import type { FocusTag, RoutineItem, RoutineKind } from '../content/schema';
import type { CustomRoutine } from './routine-store';

/** A routine with its items looked up and filtered for this user: what the player plays. */
export interface ResolvedRoutine {
  readonly id: string;
  readonly title: string;
  readonly kind: RoutineKind;
  readonly origin: 'ready-made' | 'custom';
  readonly items: readonly RoutineItem[];
  readonly focus: readonly FocusTag[];
  readonly durationSeconds: number;
}

export interface ItemFilter {
  /** Routine or item ids the user hid. */
  readonly hidden: readonly string[];
  readonly pregnant: boolean;
}

/** Whether an item may be offered to this user at all. */
export function itemAllowed(item: RoutineItem, filter: ItemFilter): boolean {
  if (filter.hidden.includes(item.id)) return false;
  if (filter.pregnant && item.notForPregnancy) return false;
  return true;
}

interface RoutineLike {
  readonly id: string;
  readonly title: string;
  readonly kind: RoutineKind;
  readonly itemIds: readonly string[];
  readonly focus?: readonly FocusTag[];
}

function resolve(
  routine: RoutineLike,
  origin: ResolvedRoutine['origin'],
  filter: ItemFilter,
): ResolvedRoutine {
  const items = routine.itemIds
    .map((id) => ITEMS_BY_ID.get(id))
    .filter((item): item is RoutineItem => item !== undefined && itemAllowed(item, filter));
  const focus =
    routine.focus && routine.focus.length > 0
      ? routine.focus
      : [...new Set(items.flatMap((i) => i.focus))];
  return {
    id: routine.id,
    title: routine.title,
    kind: routine.kind,
    origin,
    items,
    focus,
    durationSeconds: items.reduce((sum, item) => sum + item.durationSeconds, 0),
  };
}

/**
 * Ready-made and custom routines this user can be offered, hidden items and (when pregnant)
 * unsafe items removed; a routine left with nothing to do is dropped.
 */
export function availableRoutines(
  custom: readonly CustomRoutine[],
  filter: ItemFilter,
): ResolvedRoutine[] {
  return [
    ...ROUTINES.map((routine) => resolve(routine, 'ready-made', filter)),
    ...custom.map((routine) => resolve(routine, 'custom', filter)),
  ].filter((routine) => !filter.hidden.includes(routine.id) && routine.items.length > 0);
}

/** Look up one routine by id for this user (for "play this one" from a list). */
export function resolveRoutineById(
  id: string,
  custom: readonly CustomRoutine[],
  filter: ItemFilter,
): ResolvedRoutine | undefined {
  // Hidden routines may still be played on purpose, so only the item filter applies here.
  return availableRoutines(custom, {
    ...filter,
    hidden: filter.hidden.filter((h) => h !== id),
  }).find((routine) => routine.id === id);
}

/** Ids of single items played on their own: `item-<item id>`. */
const SINGLE_ITEM_PREFIX = 'item-';

/** A single item played on its own, e.g. from a "try this" card. */
export function singleItemRoutine(item: RoutineItem): ResolvedRoutine {
  return {
    id: `${SINGLE_ITEM_PREFIX}${item.id}`,
    title: item.title,
    kind: item.durationSeconds < 60 ? 'micro' : 'long',
    origin: 'ready-made',
    items: [item],
    focus: item.focus,
    durationSeconds: item.durationSeconds,
  };
}

/**
 * The title a person knows a routine by, in `language`: a ready-made routine's own translation,
 * a single item's translated title, and a person's own routine just as they named it.
 */
export function localizedRoutineTitle(
  routine: { readonly id: string; readonly title: string },
  language: Language,
): string {
  const readyMade = ROUTINES_BY_ID.get(routine.id);
  if (readyMade) return localizeRoutine(readyMade, language).title;
  const item = routine.id.startsWith(SINGLE_ITEM_PREFIX)
    ? ITEMS_BY_ID.get(routine.id.slice(SINGLE_ITEM_PREFIX.length))
    : undefined;
  if (item) return localizeItem(item, language).title;
  return routine.title;
}

/**
 * The routine as shown to the person: its title and every item's words in `language`. Ids,
 * timings and moves are untouched, so the player's state (built from either) stays the same.
 */
export function localizeResolvedRoutine(
  routine: ResolvedRoutine,
  language: Language,
): ResolvedRoutine {
  if (language === 'en') return routine;
  return {
    ...routine,
    title: localizedRoutineTitle(routine, language),
    items: routine.items.map((item) => localizeItem(item, language)),
  };
}
