import { acupressureItems } from './items/acupressure';
import { breathingItems } from './items/breathing';
import { educationItems } from './items/education';
import { neckAndThoracicItems } from './items/neck-and-thoracic';
import { relaxationItems } from './items/relaxation';
import { selfCareItems } from './items/self-care';
import { strengthItems } from './items/strength';
import { READY_MADE_ROUTINES } from './ready-made-routines';
import { itemSchema, routineSchema, type Routine, type RoutineItem } from './schema';

/**
 * Every item and ready-made routine, parsed through the schema once at load: a content mistake
 * fails loudly at start-up (and in the unit tests) instead of showing up half-way through a break.
 */
export const RAW_ITEMS = [
  ...neckAndThoracicItems,
  ...strengthItems,
  ...educationItems,
  ...breathingItems,
  ...relaxationItems,
  ...selfCareItems,
  ...acupressureItems,
];

export const ITEMS: readonly RoutineItem[] = RAW_ITEMS.map((raw) => itemSchema.parse(raw));

export const ITEMS_BY_ID: ReadonlyMap<string, RoutineItem> = new Map(
  ITEMS.map((item) => [item.id, item]),
);

export const ROUTINES: readonly Routine[] = READY_MADE_ROUTINES.map((raw) =>
  routineSchema.parse(raw),
);

export const ROUTINES_BY_ID: ReadonlyMap<string, Routine> = new Map(ROUTINES.map((r) => [r.id, r]));
