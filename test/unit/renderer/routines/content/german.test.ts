import { describe, expect, it } from 'vitest';
import {
  BREATHING_PATTERN_IDS,
  breathingPatternName,
} from '../../../../../renderer/routines/content/breathing-patterns';
import { ITEMS, ROUTINES } from '../../../../../renderer/routines/content/catalogue';
import { SHARED_CAUTIONS } from '../../../../../renderer/routines/content/cautions';
import {
  GERMAN_ITEMS,
  GERMAN_ITEM_TABLES,
  GERMAN_ROUTINE_TITLES,
} from '../../../../../renderer/routines/content/de';
import { RED_FLAG_IDS, doctorAdvice } from '../../../../../renderer/routines/content/doctor-advice';
import { acupressureItems } from '../../../../../renderer/routines/content/items/acupressure';
import { breathingItems } from '../../../../../renderer/routines/content/items/breathing';
import { educationItems } from '../../../../../renderer/routines/content/items/education';
import { neckAndThoracicItems } from '../../../../../renderer/routines/content/items/neck-and-thoracic';
import { relaxationItems } from '../../../../../renderer/routines/content/items/relaxation';
import { selfCareItems } from '../../../../../renderer/routines/content/items/self-care';
import { strengthItems } from '../../../../../renderer/routines/content/items/strength';
import {
  localizeItem,
  localizeRoutine,
  type ItemWords,
} from '../../../../../renderer/routines/content/localize';
import { SOURCE_IDS, sourceTitle } from '../../../../../renderer/routines/content/sources';

/** The same standard as the English schema: a full sentence with its closing mark. */
const isSentence = (text: string): boolean => text.trim().length >= 8 && /[.!?]$/.test(text.trim());

/** Every German text an item shows or speaks. */
const textsOf = (words: ItemWords): string[] => [
  words.title,
  words.summary,
  ...words.steps,
  ...words.cautions,
  ...(words.location ? [words.location] : []),
];

const germanFor = (id: string): ItemWords => {
  const words = GERMAN_ITEMS[id];
  if (!words) throw new Error(`no German words for ${id}`);
  return words;
};

describe('German item words: completeness', () => {
  it.each([
    ['neckAndThoracic', neckAndThoracicItems],
    ['strength', strengthItems],
    ['education', educationItems],
    ['breathing', breathingItems],
    ['relaxation', relaxationItems],
    ['selfCare', selfCareItems],
    ['acupressure', acupressureItems],
  ] as const)('de table %s covers exactly its English items file', (table, items) => {
    expect(Object.keys(GERMAN_ITEM_TABLES[table]).sort()).toEqual(
      items.map((item) => item.id).sort(),
    );
  });

  it('every item has German words, and there are no words for unknown items', () => {
    expect(Object.keys(GERMAN_ITEMS).sort()).toEqual(ITEMS.map((item) => item.id).sort());
  });

  it.each(ITEMS.map((item) => [item.id, item] as const))(
    '%s: as many steps and cautions as the English, a location where it has one',
    (id, item) => {
      const words = germanFor(id);
      expect(words.steps).toHaveLength(item.steps.length);
      expect(words.cautions).toHaveLength(item.cautions.length);
      expect(words.location !== undefined, 'location').toBe(item.location !== undefined);
    },
  );

  it.each(ITEMS.map((item) => [item.id, item] as const))(
    '%s: German texts are full sentences, titles fit, nothing left in English',
    (id, item) => {
      const words = germanFor(id);
      expect(words.title.length).toBeGreaterThanOrEqual(3);
      expect(words.title.length).toBeLessThanOrEqual(60);
      for (const text of [words.summary, ...words.steps, ...words.cautions]) {
        expect(isSentence(text), text).toBe(true);
      }
      if (words.location) expect(isSentence(words.location), words.location).toBe(true);
      expect(words.title).not.toBe(item.title);
      expect(words.summary).not.toBe(item.summary);
      words.steps.forEach((step, index) => expect(step).not.toBe(item.steps[index]!.text));
      words.cautions.forEach((caution, index) => expect(caution).not.toBe(item.cautions[index]));
      if (item.location) expect(words.location).not.toBe(item.location);
    },
  );
});

describe('German item words: safety', () => {
  const sharedNames = Object.keys(SHARED_CAUTIONS.en) as (keyof typeof SHARED_CAUTIONS.en)[];

  it.each(ITEMS.map((item) => [item.id, item] as const))(
    '%s: shared cautions keep their German wording, in the same place',
    (id, item) => {
      const words = germanFor(id);
      item.cautions.forEach((caution, index) => {
        const german = words.cautions[index];
        for (const name of sharedNames) {
          const isSharedEn = caution === SHARED_CAUTIONS.en[name];
          const isSharedDe = german === SHARED_CAUTIONS.de[name];
          expect(isSharedDe, `${name} at caution ${index}`).toBe(isSharedEn);
        }
      });
    },
  );

  it.each(ITEMS.filter((item) => item.notForPregnancy).map((item) => [item.id, item] as const))(
    '%s is not for pregnancy, and its German cautions say so',
    (id) => {
      expect(germanFor(id).cautions.some((caution) => /schwanger/i.test(caution))).toBe(true);
    },
  );

  it('GB 21 warns in German that it may bring on labour, and is not for pregnancy', () => {
    const [pregnancy] = germanFor('acupressure-gb21').cautions;
    expect(pregnancy).toMatch(/Nicht in der Schwangerschaft/);
    expect(pregnancy).toMatch(/Wehen/);
  });

  it('keeps the stop signs: pain, dizziness, tingling', () => {
    expect(SHARED_CAUTIONS.de.GENTLE_MOVEMENT).toMatch(/Schmerz.*aufzuhören/);
    expect(SHARED_CAUTIONS.de.STOP_IF_TINGLING).toMatch(
      /Hören Sie auf.*Taubheit.*Kribbeln.*Schmerz/,
    );
    expect(germanFor('acupressure-gb10').cautions[0]).toMatch(/schwindlig.*Kribbeln/);
    expect(germanFor('neck-turns').cautions[1]).toMatch(/Hören Sie auf.*schwindlig/);
    expect(SHARED_CAUTIONS.de.ACUPRESSURE_IS_COMFORT).toMatch(/ersetzt keine ärztliche Behandlung/);
    expect(germanFor('heat-or-cold').cautions.join(' ')).toMatch(/Haut/);
  });

  it('every shared caution exists in German and differs from the English', () => {
    expect(Object.keys(SHARED_CAUTIONS.de).sort()).toEqual(Object.keys(SHARED_CAUTIONS.en).sort());
    for (const name of sharedNames) {
      expect(isSentence(SHARED_CAUTIONS.de[name])).toBe(true);
      expect(SHARED_CAUTIONS.de[name]).not.toBe(SHARED_CAUTIONS.en[name]);
    }
  });

  it('never promises a cure, and always says „Sie“', () => {
    const advice = doctorAdvice('de');
    const text = [
      ...Object.values(GERMAN_ITEMS).flatMap(textsOf),
      advice.title,
      advice.intro,
      advice.urgent,
      advice.stopNote,
      ...advice.redFlags.map((flag) => flag.text),
    ].join('\n');
    expect(text).not.toMatch(/\bheil(t|en|ung)\b|garantier|kurier|beseitigt/i);
    expect(text).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
  });
});

describe('localizeItem and localizeRoutine', () => {
  it('English leaves items and routines as they are', () => {
    for (const item of ITEMS) expect(localizeItem(item, 'en')).toBe(item);
    for (const routine of ROUTINES) expect(localizeRoutine(routine, 'en')).toBe(routine);
  });

  it.each(ITEMS.map((item) => [item.id, item] as const))(
    '%s in German: the German words, the English timings and moves',
    (id, item) => {
      const words = germanFor(id);
      const german = localizeItem(item, 'de');
      expect(german.title).toBe(words.title);
      expect(german.summary).toBe(words.summary);
      expect(german.steps.map((step) => step.text)).toEqual(words.steps);
      expect(german.cautions).toEqual(words.cautions);
      expect(german.location).toBe(words.location);
      expect(german.steps.map(({ text: _t, ...rest }) => rest)).toEqual(
        item.steps.map(({ text: _t, ...rest }) => rest),
      );
      expect(german.durationSeconds).toBe(item.durationSeconds);
      expect(german.notForPregnancy).toBe(item.notForPregnancy);
    },
  );

  it('every ready-made routine has a German title, and no unknown routine does', () => {
    expect(Object.keys(GERMAN_ROUTINE_TITLES).sort()).toEqual(ROUTINES.map((r) => r.id).sort());
    for (const routine of ROUTINES) {
      const german = localizeRoutine(routine, 'de');
      expect(german.title).toBe(GERMAN_ROUTINE_TITLES[routine.id]);
      expect(german.title).not.toBe(routine.title);
      expect(german.title.length).toBeGreaterThanOrEqual(3);
      expect(german.title.length).toBeLessThanOrEqual(60);
      expect(german.itemIds).toEqual(routine.itemIds);
    }
  });

  it('a person’s own routine keeps the title they gave it', () => {
    const own = { ...ROUTINES[0]!, id: 'custom-mine', title: 'My stretch' };
    expect(localizeRoutine(own, 'de').title).toBe('My stretch');
  });
});

describe('doctor advice, sources and breathing patterns in German', () => {
  it('the German doctor page names every red flag, in the same order as the English', () => {
    const en = doctorAdvice('en');
    const de = doctorAdvice('de');
    expect(de.redFlags.map((flag) => flag.id)).toEqual([...RED_FLAG_IDS]);
    expect(en.redFlags.map((flag) => flag.id)).toEqual([...RED_FLAG_IDS]);
    expect(de.sources).toEqual(en.sources);
    for (const key of ['title', 'intro', 'urgent', 'stopNote'] as const) {
      expect(de[key]).not.toBe(en[key]);
    }
    de.redFlags.forEach((flag, index) => {
      expect(isSentence(flag.text), flag.text).toBe(true);
      expect(flag.text).not.toBe(en.redFlags[index]!.text);
    });
    const flags = de.redFlags.map((flag) => flag.text).join(' ');
    for (const pattern of [
      /nach einer Woche/,
      /Taubheit/,
      /Kribbeln/,
      /stärker/,
      /Muskelkrämpfe/,
      /Fieber/,
      /ab, ohne es zu wollen/,
      /Darm/,
      /Blase/,
    ]) {
      expect(flags).toMatch(pattern);
    }
    expect(de.urgent).toMatch(/Sturz.*Unfall.*Brustschmerzen.*Atemnot.*sofort/);
    expect(de.stopNote).toMatch(/Brechen Sie jede Routine ab, die wehtut/);
  });

  it('names every source and breathing pattern in German', () => {
    for (const id of SOURCE_IDS) {
      expect(sourceTitle(id, 'de')).not.toBe(sourceTitle(id, 'en'));
      expect(sourceTitle(id, 'de').length).toBeGreaterThan(3);
    }
    for (const id of BREATHING_PATTERN_IDS) {
      expect(breathingPatternName(id, 'de')).not.toBe(breathingPatternName(id, 'en'));
    }
  });
});
