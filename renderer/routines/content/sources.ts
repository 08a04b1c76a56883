import type { Language } from '../../../shared/core/i18n/languages';

/**
 * The health articles Poise's routine content rests on (../shared/seeds). Every item names the
 * article(s) it draws its facts from; the sentences themselves are our own. Tests check that each
 * file exists and still opens with the recorded title, so a renamed seed cannot go unnoticed.
 */
export const SEED_SOURCES = {
  'complementary-treatments': {
    file: '000_25e74d68af7e647d.txt',
    title: 'Alternative and Complementary Treatments for Upper Back Pain',
  },
  'treatments-overview': {
    file: '001_9a94c4822e950c29.txt',
    title: 'Treatments for Upper Back Pain',
  },
  'pressure-points': {
    file: '002_753e4e8222470f9b.txt',
    title: 'Pressure Points For Upper Back Pain: What You Need to Know',
  },
  'upper-back-pain': {
    file: '003_1df16f961f74c0c2.txt',
    title: 'upper back pain',
  },
  'physical-therapy': {
    file: '004_c53204fd5d152850.txt',
    title: 'Physical Therapy to Relieve Upper Back Pain',
  },
} as const;

export type SourceId = keyof typeof SEED_SOURCES;

export const SOURCE_IDS = Object.keys(SEED_SOURCES) as [SourceId, ...SourceId[]];

/**
 * The English articles' titles are proper titles and stay as recorded above (the tests match them
 * against the seeds). A person reading Poise in German sees a German description of each article
 * instead, so no English sentence appears in a German page.
 */
const GERMAN_SOURCE_TITLES = {
  'complementary-treatments':
    'Alternative und ergänzende Behandlungen bei Schmerzen im oberen Rücken',
  'treatments-overview': 'Behandlungen bei Schmerzen im oberen Rücken',
  'pressure-points': 'Druckpunkte bei Schmerzen im oberen Rücken: Was Sie wissen sollten',
  'upper-back-pain': 'Schmerzen im oberen Rücken',
  'physical-therapy': 'Physiotherapie zur Linderung von Schmerzen im oberen Rücken',
} satisfies Record<SourceId, string>;

/** How a source is named to the person, in `language`. */
export function sourceTitle(id: SourceId, language: Language): string {
  return language === 'de' ? GERMAN_SOURCE_TITLES[id] : SEED_SOURCES[id].title;
}
