import { z } from 'zod';
import type { Language } from '../../../shared/core/i18n/languages';

/**
 * Paced breathing as data: an ordered list of phases with their seconds. The pacer and the spoken
 * cues follow these timings; a step that uses a pattern lasts a whole number of cycles.
 */
export const breathPhaseSchema = z.object({
  phase: z.enum(['in', 'hold-in', 'out', 'hold-out']),
  seconds: z.number().positive().max(12),
});

export const breathingPatternSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(3),
  phases: z.array(breathPhaseSchema).min(2),
});

export type BreathPhase = z.infer<typeof breathPhaseSchema>;
export type BreathingPattern = z.infer<typeof breathingPatternSchema>;

export const BREATHING_PATTERNS = {
  /** Box breathing: four equal sides. */
  box: {
    id: 'box',
    name: 'Box breathing (4-4-4-4)',
    phases: [
      { phase: 'in', seconds: 4 },
      { phase: 'hold-in', seconds: 4 },
      { phase: 'out', seconds: 4 },
      { phase: 'hold-out', seconds: 4 },
    ],
  },
  /** A breath out longer than the breath in, the usual way to invite the body to settle. */
  'extended-exhale': {
    id: 'extended-exhale',
    name: 'Longer breath out (4 in, 6 out)',
    phases: [
      { phase: 'in', seconds: 4 },
      { phase: 'out', seconds: 6 },
    ],
  },
} as const satisfies Record<string, BreathingPattern>;

export type BreathingPatternId = keyof typeof BREATHING_PATTERNS;

export const BREATHING_PATTERN_IDS = Object.keys(BREATHING_PATTERNS) as [
  BreathingPatternId,
  ...BreathingPatternId[],
];

/** Each pattern's name in German; the English one is the pattern's own `name`. */
const GERMAN_PATTERN_NAMES = {
  box: 'Box-Atmung (4-4-4-4)',
  'extended-exhale': 'Längeres Ausatmen (4 ein, 6 aus)',
} satisfies Record<BreathingPatternId, string>;

/** How a pattern is named to the person, in `language`. */
export function breathingPatternName(id: BreathingPatternId, language: Language): string {
  return language === 'de' ? GERMAN_PATTERN_NAMES[id] : BREATHING_PATTERNS[id].name;
}

export function cycleSeconds(pattern: BreathingPattern): number {
  return pattern.phases.reduce((sum, phase) => sum + phase.seconds, 0);
}
