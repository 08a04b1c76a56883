import type { Language } from '../../../shared/core/i18n/languages';
import type { Settings } from '../../../shared/core/settings/schema';
import { currentWording } from '../../i18n/language-store';
import { localizedRoutineTitle } from '../../routines/selection/resolve-routine';

/**
 * Routine id -> the title a person knows it by: a ready-made routine (or a single exercise) in
 * their language, their own routine as they named it, else the id. `language` defaults to the
 * page's current one, read when the namer is made.
 */
export function routineNamer(
  settings: Settings | null,
  language: Language = currentWording().language,
): (id: string) => string {
  return (id) =>
    localizedRoutineTitle(
      {
        id,
        title: settings?.routines.custom.find((custom) => custom.id === id)?.title ?? id,
      },
      language,
    );
}
