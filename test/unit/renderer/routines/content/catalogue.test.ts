import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BREATHING_PATTERNS,
  cycleSeconds,
} from '../../../../../renderer/routines/content/breathing-patterns';
import {
  ITEMS,
  ITEMS_BY_ID,
  RAW_ITEMS,
  ROUTINES,
} from '../../../../../renderer/routines/content/catalogue';
import { DOCTOR_ADVICE } from '../../../../../renderer/routines/content/doctor-advice';
import {
  ITEM_KINDS,
  ROUTINE_LIMITS,
  itemSchema,
  routineSchema,
} from '../../../../../renderer/routines/content/schema';
import { SEED_SOURCES } from '../../../../../renderer/routines/content/sources';
import { ILLUSTRATIONS } from '../../../../../renderer/routines/illustrations/figure-specs';
import { repoRoot } from '../../../../support/repo-paths';

const seedsDir = resolve(repoRoot, '../shared/seeds');
const seedText = (file: string): string => readFileSync(resolve(seedsDir, file), 'utf8');

describe('routine content', () => {
  it.each(RAW_ITEMS.map((item) => [item.id, item] as const))(
    '%s validates against the schema',
    (_id, raw) => {
      const parsed = itemSchema.safeParse(raw);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    },
  );

  it.each(ITEMS.map((item) => [item.id, item] as const))(
    '%s: step timings add up to the stated duration',
    (_id, item) => {
      expect(item.steps.reduce((sum, step) => sum + step.seconds, 0)).toBe(item.durationSeconds);
    },
  );

  it('the schema rejects an item whose steps do not add up', () => {
    const item = { ...RAW_ITEMS[0]!, durationSeconds: RAW_ITEMS[0]!.durationSeconds + 1 };
    expect(itemSchema.safeParse(item).success).toBe(false);
  });

  it('the schema rejects an item without sources, or acupressure without a location', () => {
    expect(itemSchema.safeParse({ ...RAW_ITEMS[0]!, sources: [] }).success).toBe(false);
    const point = RAW_ITEMS.find((item) => item.kind === 'acupressure')!;
    const { location: _location, ...withoutLocation } = point;
    expect(itemSchema.safeParse(withoutLocation).success).toBe(false);
  });

  it('the schema rejects a "not for pregnancy" item that does not say so in its cautions', () => {
    const gb21 = RAW_ITEMS.find((item) => item.id === 'acupressure-gb21')!;
    expect(
      itemSchema.safeParse({ ...gb21, cautions: gb21.cautions.filter((c) => !/pregnan/i.test(c)) })
        .success,
    ).toBe(false);
  });

  it('ids are unique and every illustration exists', () => {
    expect(new Set(ITEMS.map((item) => item.id)).size).toBe(ITEMS.length);
    for (const item of ITEMS) expect(ILLUSTRATIONS[item.illustration], item.id).toBeDefined();
  });

  it('covers every kind the issue asks for', () => {
    expect(new Set(ITEMS.map((item) => item.kind))).toEqual(new Set(ITEM_KINDS));
    for (const id of [
      'chin-tuck',
      'shoulder-blade-squeeze',
      'seated-thoracic-extension',
      'doorway-chest-stretch',
      'upper-trapezius-stretch',
      'seated-rotation',
      'box-breathing',
      'extended-exhale',
      'progressive-muscle-relaxation',
      'body-scan',
      'ball-massage',
      'foam-roller-upper-back',
      'heat-or-cold',
      'good-sitting-posture',
      'desk-setup',
    ]) {
      expect(ITEMS_BY_ID.has(id), id).toBe(true);
    }
  });

  it('breathing steps last whole cycles of their pattern', () => {
    const paced = ITEMS.flatMap((item) => item.steps).filter((step) => step.breathing);
    expect(paced.length).toBeGreaterThanOrEqual(2);
    for (const step of paced) {
      expect(step.seconds % cycleSeconds(BREATHING_PATTERNS[step.breathing!])).toBe(0);
    }
  });

  it('at least three moves are pose-checked', () => {
    const moves = new Set(
      ITEMS.flatMap((item) => item.steps.flatMap((step) => (step.move ? [step.move.id] : []))),
    );
    expect(moves.size).toBeGreaterThanOrEqual(3);
  });

  it('never promises a cure', () => {
    const text = JSON.stringify(ITEMS) + JSON.stringify(DOCTOR_ADVICE);
    expect(text).not.toMatch(/\bcures?\b|\bguarantee|\bheals?\b|\bfix(es)? your\b/i);
  });
});

describe('cautions where the seeds give them', () => {
  const kindsNeedingCautions = [
    'stretch',
    'mobility',
    'strength',
    'self-massage',
    'heat-cold',
    'acupressure',
    'breathing',
  ];

  it.each(
    ITEMS.filter((item) => kindsNeedingCautions.includes(item.kind)).map(
      (item) => [item.id, item] as const,
    ),
  )('%s has at least one caution', (_id, item) => {
    expect(item.cautions.length).toBeGreaterThan(0);
  });

  it('GB 21 is marked not for pregnancy, as the pressure-points seed says', () => {
    const gb21 = ITEMS_BY_ID.get('acupressure-gb21')!;
    expect(gb21.notForPregnancy).toBe(true);
    expect(gb21.cautions.some((caution) => /pregnan/i.test(caution))).toBe(true);
    expect(seedText(SEED_SOURCES['pressure-points'].file)).toMatch(
      /GB 21[\s\S]*should not be used by pregnant women/,
    );
  });

  it('every acupressure point is one the seeds name, with a location', () => {
    const seeds = Object.values(SEED_SOURCES)
      .map((source) => seedText(source.file))
      .join('\n');
    for (const item of ITEMS.filter((i) => i.kind === 'acupressure')) {
      expect(item.location, item.id).toBeTruthy();
      const code = /\(([A-Z]{1,2} \d+)\)/.exec(item.title)?.[1];
      if (code) expect(seeds, item.id).toContain(code);
      else
        expect(seeds).toMatch(
          /between the fourth finger and the pinky|between the ring finger and the pinky/,
        );
    }
  });

  it('heat and cold guidance warns against putting packs on bare skin', () => {
    expect(ITEMS_BY_ID.get('heat-or-cold')!.cautions.join(' ')).toMatch(/skin/);
  });
});

describe('sources', () => {
  it.each(Object.entries(SEED_SOURCES))(
    '%s names a seed file that exists and opens with its title',
    (_id, source) => {
      expect(
        seedText(source.file).trimStart().toLowerCase().startsWith(source.title.toLowerCase()),
      ).toBe(true);
    },
  );

  it('every item rests on at least one seed', () => {
    for (const item of ITEMS) expect(item.sources.length, item.id).toBeGreaterThan(0);
  });
});

describe('ready-made routines', () => {
  it.each(ROUTINES.map((routine) => [routine.id, routine] as const))(
    '%s is valid, known items only, and fits its kind',
    (_id, routine) => {
      expect(routineSchema.safeParse(routine).success).toBe(true);
      const seconds = routine.itemIds.reduce((sum, id) => {
        const item = ITEMS_BY_ID.get(id);
        expect(item, `${routine.id} uses unknown item ${id}`).toBeDefined();
        return sum + (item?.durationSeconds ?? 0);
      }, 0);
      const limits = ROUTINE_LIMITS[routine.kind];
      expect(seconds).toBeGreaterThanOrEqual(limits.minSeconds);
      expect(seconds).toBeLessThanOrEqual(limits.maxSeconds);
    },
  );

  it('micro breaks are under a minute and long ones about five', () => {
    expect(ROUTINE_LIMITS.micro.maxSeconds).toBeLessThan(60);
    expect(ROUTINES.filter((r) => r.kind === 'micro').length).toBeGreaterThanOrEqual(3);
    expect(ROUTINES.filter((r) => r.kind === 'long').length).toBeGreaterThanOrEqual(3);
  });
});

describe('when to see a doctor', () => {
  it('lists every red flag the upper-back-pain seed gives', () => {
    const seed = seedText(SEED_SOURCES['upper-back-pain'].file);
    // The seed's list, checked against the seed itself so the two cannot drift apart.
    for (const phrase of [
      'does not improve after a week',
      'numbness and tingling',
      'muscle spasms',
      'fever',
      'weight loss',
      'bowel or bladder',
    ]) {
      expect(seed).toContain(phrase);
    }
    const flags = DOCTOR_ADVICE.redFlags.map((flag) => flag.text).join(' ');
    for (const pattern of [
      /after a week/,
      /numbness/,
      /tingling/,
      /worse/,
      /spasms/,
      /fever/,
      /losing weight/,
      /bowel/,
      /bladder/,
    ]) {
      expect(flags).toMatch(pattern);
    }
  });
});
