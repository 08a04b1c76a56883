import type { Language } from '../../../shared/core/i18n/languages';
import type { Routine, RoutineItem } from './schema';
import { GERMAN_ITEMS, GERMAN_ROUTINE_TITLES } from './de';

/**
 * The words of an item in one language. Content stays data: the English lives in items/*.ts
 * beside the timings, each translation in its own table keyed by item id, and the shape is
 * checked (same number of steps and cautions) by the content tests.
 */
export interface ItemWords {
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly string[];
  readonly cautions: readonly string[];
  readonly location?: string;
}

/** The item with its words in `language`; timings, moves and ids are untouched. */
export function localizeItem(item: RoutineItem, language: Language): RoutineItem {
  if (language === 'en') return item;
  const words = GERMAN_ITEMS[item.id];
  if (!words) return item;
  return {
    ...item,
    title: words.title,
    summary: words.summary,
    steps: item.steps.map((step, index) => ({ ...step, text: words.steps[index] ?? step.text })),
    cautions: item.cautions.map((caution, index) => words.cautions[index] ?? caution),
    ...(item.location !== undefined ? { location: words.location ?? item.location } : {}),
  };
}

/** A ready-made routine's title in `language`; people's own routines keep the title they gave. */
export function localizeRoutine(routine: Routine, language: Language): Routine {
  if (language === 'en') return routine;
  const title = GERMAN_ROUTINE_TITLES[routine.id];
  return title ? { ...routine, title } : routine;
}
