import { z } from 'zod';
import { LANGUAGE_SETTINGS } from '../i18n/languages';

/**
 * The one settings schema. Every field has a default so a missing or partly hand-edited
 * file still yields a complete, valid object. Bump SETTINGS_VERSION and add a migration
 * in migrations.ts whenever a stored shape changes meaning.
 */
export const SETTINGS_VERSION = 1;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');

export const monitoringSchema = z.object({
  /**
   * Watch posture with the camera. False when the person set Poise up without a camera (breaks
   * only). True by default, so files from before this field keep watching as they did; the
   * camera still waits for firstRunComplete (shared/core/posture-watching.ts).
   */
  enabled: z.boolean().default(true),
  /** deviceId of the chosen camera; empty means "the system default". */
  cameraId: z.string().default(''),
  /** 1 (relaxed) .. 10 (strict): scales how far from baseline counts as slouching. */
  sensitivity: z.number().int().min(1).max(10).default(5),
  /** Allow hardware WebGL when available (wasm is always the fallback). */
  allowWebgl: z.boolean().default(true),
  /**
   * Camera-light saver: 'off' holds the camera open while watching; a number of seconds opens
   * it for a short burst that often and closes it in between (shared/core/camera-light-saver.ts).
   */
  cameraLightSaver: z.enum(['off', '10', '30', '60']).default('off'),
});

/**
 * Default timings: the classifier reports a slouch after about 8 s, so with a 20 s grace the
 * first, quiet nudge (the tray icon and the window title) comes about half a minute into a
 * slouch, a notification half a minute later, the glow half a minute after that: a sustained
 * slouch is noticed within about a minute. Once an episode has climbed its steps no more nudges
 * come until the person sits up, and a new episode's first nudge waits out the two-minute
 * cooldown, so the coach never nags.
 */
export const coachingSchema = z.object({
  /** Seconds of sustained slouching before the first nudge. */
  graceSeconds: z.number().int().min(5).max(600).default(20),
  /** Minimum seconds between the last nudge and the first nudge of a new slouch. */
  cooldownSeconds: z.number().int().min(10).max(3600).default(120),
  /** Seconds between the steps of one slouch's escalation. */
  escalateAfterSeconds: z.number().int().min(10).max(600).default(30),
  /** Escalation steps the user allows, in order. */
  escalation: z
    .array(z.enum(['tray', 'notification', 'glow', 'sound']))
    .default(['tray', 'notification', 'glow']),
  /** Slouch episodes within an hour after which a stretch break is suggested instead. */
  suggestBreakAfterEpisodes: z.number().int().min(2).max(20).default(4),
});

export const breaksSchema = z.object({
  microEnabled: z.boolean().default(true),
  microEveryMinutes: z.number().int().min(5).max(120).default(25),
  microDurationSeconds: z.number().int().min(10).max(120).default(30),
  longEnabled: z.boolean().default(true),
  longEveryMinutes: z.number().int().min(20).max(240).default(60),
  longDurationMinutes: z.number().int().min(1).max(30).default(5),
  headsUpSeconds: z.number().int().min(0).max(300).default(30),
  postponeMinutes: z.number().int().min(1).max(60).default(5),
  maxPostpones: z.number().int().min(0).max(5).default(2),
  allowSkip: z.boolean().default(true),
  allDisplays: z.boolean().default(false),
  /** Minutes of idleness or absence that count as a natural break. */
  naturalBreakMinutes: z.number().int().min(1).max(60).default(5),
});

export const workingHoursSchema = z.object({
  enabled: z.boolean().default(false),
  start: timeOfDay.default('09:00'),
  end: timeOfDay.default('17:30'),
  /** 0 = Sunday .. 6 = Saturday */
  days: z.array(z.number().int().min(0).max(6)).default([1, 2, 3, 4, 5]),
});

export const routinesSchema = z.object({
  pregnant: z.boolean().default(false),
  spokenCues: z.boolean().default(false),
  favourites: z.array(z.string()).default([]),
  hidden: z.array(z.string()).default([]),
  /**
   * Routines the user built: an ordered list of content item ids. Shape mirrors
   * renderer/routines/selection/routine-store.ts (which validates item ids against the catalogue);
   * kept loose here so a routine naming an item a later version removed still loads.
   */
  custom: z
    .array(
      z.object({
        id: z.string().regex(/^custom-[a-z0-9-]+$/),
        title: z.string().min(1).max(60),
        kind: z.enum(['micro', 'long']),
        itemIds: z.array(z.string()).min(1).max(20),
      }),
    )
    .default([]),
});

export const historySchema = z.object({
  retentionDays: z.number().int().min(7).max(3650).default(365),
  /**
   * Posture score (upright share of judged time, 0..100) a day must reach to count towards a
   * streak on the dashboard. 70 is reachable on a normal day and still asks for attention.
   */
  dailyGoalScore: z.number().int().min(50).max(100).default(70),
});

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  firstRunComplete: z.boolean().default(false),
  launchAtLogin: z.boolean().default(false),
  /** The language of every window, the tray and notifications; 'system' follows the system's. */
  language: z.enum(LANGUAGE_SETTINGS).default('system'),
  monitoring: monitoringSchema.prefault({}),
  coaching: coachingSchema.prefault({}),
  breaks: breaksSchema.prefault({}),
  workingHours: workingHoursSchema.prefault({}),
  routines: routinesSchema.prefault({}),
  history: historySchema.prefault({}),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});
