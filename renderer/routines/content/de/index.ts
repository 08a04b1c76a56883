import type { ItemWords } from '../localize';
import { germanAcupressure } from './acupressure';
import { germanBreathing } from './breathing';
import { germanEducation } from './education';
import { germanNeckAndThoracic } from './neck-and-thoracic';
import { germanRelaxation } from './relaxation';
import { germanRoutineTitles } from './routine-titles';
import { germanSelfCare } from './self-care';
import { germanStrength } from './strength';

/**
 * German words for items, one table per items file (de/acupressure.ts for items/acupressure.ts…).
 * The content tests check each table against its English file: every id present and no other,
 * as many steps and cautions in the same order, shared cautions in their German wording, a
 * location where the English has one, and pregnancy named where an item is not for pregnancy.
 */
export const GERMAN_ITEM_TABLES = {
  neckAndThoracic: germanNeckAndThoracic,
  strength: germanStrength,
  education: germanEducation,
  breathing: germanBreathing,
  relaxation: germanRelaxation,
  selfCare: germanSelfCare,
  acupressure: germanAcupressure,
} satisfies Record<string, Readonly<Record<string, ItemWords>>>;

/** German words for every item, by item id. */
export const GERMAN_ITEMS: Readonly<Record<string, ItemWords>> = {
  ...germanNeckAndThoracic,
  ...germanStrength,
  ...germanEducation,
  ...germanBreathing,
  ...germanRelaxation,
  ...germanSelfCare,
  ...germanAcupressure,
};

/** German titles of the ready-made routines, by routine id. */
export const GERMAN_ROUTINE_TITLES: Readonly<Record<string, string>> = germanRoutineTitles;
