import type { Settings } from '../../../main/core/settings/schema';
import { ROUTINES_BY_ID } from '../../routines/content/catalogue';

/** Routine id -> the title a person knows it by (ready-made or their own). */
export function routineNamer(settings: Settings | null): (id: string) => string {
  return (id) =>
    ROUTINES_BY_ID.get(id)?.title ??
    settings?.routines.custom.find((custom) => custom.id === id)?.title ??
    id;
}
