import { z } from 'zod';
import { ILLUSTRATION_IDS } from '../illustrations/figure-specs';
import { MOVE_IDS } from '../moves/move-ids';
import { BREATHING_PATTERNS, BREATHING_PATTERN_IDS, cycleSeconds } from './breathing-patterns';
import { SOURCE_IDS } from './sources';

/**
 * The shape of every piece of routine content. Items are data, not strings in components, so
 * tests can check each one (timings add up, cautions present, sources named) and the player,
 * the selection logic and the settings all read the same thing.
 */
export const ITEM_KINDS = [
  'stretch',
  'mobility',
  'strength',
  'education',
  'breathing',
  'relaxation',
  'self-massage',
  'heat-cold',
  'acupressure',
] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

/** What an item works on; selection leans on these (more chest openers after a slouchy spell). */
export const FOCUS_TAGS = [
  'chest-opener',
  'thoracic-extension',
  'neck',
  'shoulders',
  'upper-back',
  'calm',
  'posture-awareness',
] as const;
export const focusTagSchema = z.enum(FOCUS_TAGS);
export type FocusTag = z.infer<typeof focusTagSchema>;

export const EQUIPMENT = [
  'doorway',
  'wall',
  'ball',
  'foam-roller',
  'warm-pack',
  'cold-pack',
] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
const sentence = z
  .string()
  .min(8)
  .refine(
    (text) => /[.!?]$/.test(text.trim()),
    'end with a full stop, question or exclamation mark',
  );

export const stepSchema = z.object({
  /** What to do, said plainly; also what the spoken cue reads. */
  text: sentence,
  seconds: z.number().int().min(2).max(300),
  /** A paced-breathing step: the pacer follows this pattern for the whole step. */
  breathing: z.enum(BREATHING_PATTERN_IDS).optional(),
  /** A move the camera can confirm, with the repetitions to aim for. */
  move: z.object({ id: z.enum(MOVE_IDS), targetReps: z.number().int().min(1).max(20) }).optional(),
});
export type Step = z.infer<typeof stepSchema>;

export const itemSchema = z
  .object({
    id: slug,
    title: z.string().min(3).max(60),
    kind: itemKindSchema,
    /** One sentence on what it is for, without promising a cure. */
    summary: sentence,
    durationSeconds: z.number().int().positive(),
    steps: z.array(stepSchema).min(1),
    illustration: z.enum(ILLUSTRATION_IDS),
    cautions: z.array(sentence),
    sources: z.array(z.enum(SOURCE_IDS)).min(1),
    focus: z.array(focusTagSchema).default([]),
    equipment: z.array(z.enum(EQUIPMENT)).default([]),
    /** Hidden when the user says they are pregnant (settings.routines.pregnant). */
    notForPregnancy: z.boolean().default(false),
    /** Acupressure only: where the point is, in words. */
    location: sentence.optional(),
  })
  .superRefine((item, ctx) => {
    const total = item.steps.reduce((sum, step) => sum + step.seconds, 0);
    if (total !== item.durationSeconds) {
      ctx.addIssue({
        code: 'custom',
        path: ['durationSeconds'],
        message: `steps add up to ${total} s, not the stated ${item.durationSeconds} s`,
      });
    }
    item.steps.forEach((step, index) => {
      if (!step.breathing) return;
      const cycle = cycleSeconds(BREATHING_PATTERNS[step.breathing]);
      if (step.seconds % cycle !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'seconds'],
          message: `a ${step.breathing} step lasts whole ${cycle} s cycles`,
        });
      }
    });
    if (item.kind === 'acupressure' && !item.location) {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'say where the point is' });
    }
    if (item.notForPregnancy && !item.cautions.some((c) => /pregnan/i.test(c))) {
      ctx.addIssue({
        code: 'custom',
        path: ['cautions'],
        message: 'say why it is not for pregnancy',
      });
    }
  });
export type RoutineItem = z.infer<typeof itemSchema>;
export type RoutineItemInput = z.input<typeof itemSchema>;

export const ROUTINE_KINDS = ['micro', 'long'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];

/** Micro breaks stay under a minute; long ones sit around five. */
export const ROUTINE_LIMITS: Record<RoutineKind, { minSeconds: number; maxSeconds: number }> = {
  micro: { minSeconds: 15, maxSeconds: 59 },
  long: { minSeconds: 240, maxSeconds: 360 },
};

export const routineSchema = z.object({
  id: slug,
  title: z.string().min(3).max(60),
  kind: z.enum(ROUTINE_KINDS),
  itemIds: z.array(slug).min(1),
  /** Ready-made routines carry the focus they serve; custom ones get it from their items. */
  focus: z.array(focusTagSchema).default([]),
});
export type Routine = z.infer<typeof routineSchema>;
export type RoutineInput = z.input<typeof routineSchema>;
