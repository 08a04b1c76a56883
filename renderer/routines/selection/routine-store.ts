import { z } from 'zod';
import type { Translate } from '../../../shared/core/i18n/translator';
import { ITEMS_BY_ID } from '../content/catalogue';
import { ROUTINE_KINDS, ROUTINE_LIMITS, type RoutineKind } from '../content/schema';

/**
 * The user's own choices about routines, as one plain serialisable object: the lead persists it
 * as part of settings.routines. Every function here is pure and returns a new store; the input
 * is never changed.
 */
export const CUSTOM_ROUTINE_LIMITS = { titleLength: 60, items: 20 } as const;

export const customRoutineSchema = z.object({
  id: z.string().regex(/^custom-[a-z0-9-]+$/),
  title: z.string().trim().min(1).max(CUSTOM_ROUTINE_LIMITS.titleLength),
  kind: z.enum(ROUTINE_KINDS),
  itemIds: z.array(z.string()).min(1).max(CUSTOM_ROUTINE_LIMITS.items),
});
export type CustomRoutine = z.infer<typeof customRoutineSchema>;

export interface RoutineStore {
  /** Routine ids (ready-made or custom) the user starred. */
  readonly favourites: readonly string[];
  /** Routine ids or item ids the user never wants offered. */
  readonly hidden: readonly string[];
  readonly custom: readonly CustomRoutine[];
}

export const emptyRoutineStore = (): RoutineStore => ({ favourites: [], hidden: [], custom: [] });

export function toggleFavourite(store: RoutineStore, routineId: string): RoutineStore {
  const favourites = store.favourites.includes(routineId)
    ? store.favourites.filter((id) => id !== routineId)
    : [...store.favourites, routineId];
  return { ...store, favourites };
}

/** Hide (or unhide) a routine or a single item. */
export function setHidden(store: RoutineStore, id: string, hidden: boolean): RoutineStore {
  const without = store.hidden.filter((existing) => existing !== id);
  return { ...store, hidden: hidden ? [...without, id] : without };
}

/** Why a routine could not be saved; problemText puts it in words. */
export type CustomRoutineProblem =
  | { readonly type: 'unknown-items'; readonly ids: readonly string[] }
  | {
      readonly type: 'too-long';
      readonly kind: RoutineKind;
      readonly seconds: number;
      readonly maxSeconds: number;
    }
  | { readonly type: 'name-missing' }
  | { readonly type: 'name-too-long' }
  | { readonly type: 'no-items' }
  | { readonly type: 'too-many-items' }
  | { readonly type: 'invalid' };

export type SaveCustomResult =
  | { readonly ok: true; readonly store: RoutineStore; readonly routine: CustomRoutine }
  | { readonly ok: false; readonly problems: readonly CustomRoutineProblem[] };

/** One problem in the person's language. */
export function problemText(problem: CustomRoutineProblem, t: Translate): string {
  switch (problem.type) {
    case 'unknown-items':
      return t('routines:builder.problems.unknownItems', { ids: problem.ids.join(', ') });
    case 'too-long':
      return t(
        problem.kind === 'micro'
          ? 'routines:builder.problems.tooLongMicro'
          : 'routines:builder.problems.tooLongLong',
        { seconds: problem.seconds, max: problem.maxSeconds },
      );
    case 'name-missing':
      return t('routines:builder.problems.nameMissing');
    case 'name-too-long':
      return t('routines:builder.problems.nameTooLong', {
        max: CUSTOM_ROUTINE_LIMITS.titleLength,
      });
    case 'no-items':
      return t('routines:builder.problems.noExercises');
    case 'too-many-items':
      return t('routines:builder.problems.tooManyExercises', { max: CUSTOM_ROUTINE_LIMITS.items });
    case 'invalid':
      return t('routines:builder.problems.invalid');
  }
}

/** A schema issue as a problem the person can act on. */
function schemaProblem(issue: z.core.$ZodIssue): CustomRoutineProblem {
  const field = issue.path[0];
  if (field === 'title')
    return issue.code === 'too_big' ? { type: 'name-too-long' } : { type: 'name-missing' };
  if (field === 'itemIds')
    return issue.code === 'too_big' ? { type: 'too-many-items' } : { type: 'no-items' };
  return { type: 'invalid' };
}

export interface CustomRoutineDraft {
  /** Omit for a new routine; pass an existing id to replace it. */
  readonly id?: string;
  readonly title: string;
  readonly kind: RoutineKind;
  readonly itemIds: readonly string[];
}

/** Turns a title into a stable id; a counter keeps two routines with one title apart. */
function newCustomId(title: string, taken: ReadonlySet<string>): string {
  const base = `custom-${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'routine'
  }`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

export function customDurationSeconds(itemIds: readonly string[]): number {
  return itemIds.reduce((sum, id) => sum + (ITEMS_BY_ID.get(id)?.durationSeconds ?? 0), 0);
}

/**
 * Add or replace a user-built routine. A micro routine must stay under a minute, a long one at
 * most 15 minutes (so a break cannot quietly turn into a workout), and every item must exist.
 */
export function saveCustomRoutine(
  store: RoutineStore,
  draft: CustomRoutineDraft,
): SaveCustomResult {
  const problems: CustomRoutineProblem[] = [];
  const unknown = draft.itemIds.filter((id) => !ITEMS_BY_ID.has(id));
  if (unknown.length > 0) problems.push({ type: 'unknown-items', ids: unknown });
  const seconds = customDurationSeconds(draft.itemIds);
  const maxSeconds = draft.kind === 'micro' ? ROUTINE_LIMITS.micro.maxSeconds : 15 * 60;
  if (seconds > maxSeconds)
    problems.push({ type: 'too-long', kind: draft.kind, seconds, maxSeconds });
  const existingIds = new Set(store.custom.map((routine) => routine.id));
  const id =
    draft.id && existingIds.has(draft.id) ? draft.id : newCustomId(draft.title, existingIds);
  const parsed = customRoutineSchema.safeParse({ ...draft, id, itemIds: [...draft.itemIds] });
  if (!parsed.success) {
    // One line per kind of problem: an empty name is reported once, however zod words it.
    for (const problem of parsed.error.issues.map(schemaProblem)) {
      if (!problems.some((known) => known.type === problem.type)) problems.push(problem);
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const routine = parsed.data;
  const custom = existingIds.has(id)
    ? store.custom.map((existing) => (existing.id === id ? routine : existing))
    : [...store.custom, routine];
  return { ok: true, store: { ...store, custom }, routine };
}

export function deleteCustomRoutine(store: RoutineStore, id: string): RoutineStore {
  return {
    favourites: store.favourites.filter((existing) => existing !== id),
    hidden: store.hidden.filter((existing) => existing !== id),
    custom: store.custom.filter((routine) => routine.id !== id),
  };
}
