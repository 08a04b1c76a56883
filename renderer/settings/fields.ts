import { z } from 'zod';
import { settingsSchema, type Settings } from '../../main/core/settings/schema';

/**
 * What the settings page shows, field by field: the words are here, the ranges come from the
 * schema itself so the form can never offer a value the app would refuse.
 */
type SectionKey = Exclude<keyof Settings, 'version' | 'firstRunComplete' | 'launchAtLogin'>;

export type FieldControl =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly unit: string }
  /** A slider between two named ends, for a setting that is a feel rather than a quantity. */
  | {
      readonly kind: 'scale';
      readonly min: number;
      readonly max: number;
      readonly lowLabel: string;
      readonly highLabel: string;
    }
  | { readonly kind: 'time' }
  | { readonly kind: 'choices'; readonly options: readonly { value: string; label: string }[] }
  | { readonly kind: 'weekdays' };

export interface FieldSpec {
  readonly section: SectionKey | null;
  readonly key: string;
  readonly label: string;
  readonly help: string;
  readonly control: FieldControl;
  /** Only the desktop app can do this (the browser host hides it). */
  readonly desktopOnly?: boolean;
}

export interface SectionSpec {
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault
    ? unwrap(schema.unwrap() as z.ZodType)
    : schema;

function fieldSchema(section: SectionKey | null, key: string): z.ZodType {
  const container =
    section === null ? settingsSchema : (unwrap(settingsSchema.shape[section]) as z.ZodObject);
  const field = (container.shape as Record<string, z.ZodType>)[key];
  if (!field) throw new Error(`No setting ${section ?? ''}.${key}`);
  return unwrap(field);
}

function bounds(section: SectionKey, key: string): { min: number; max: number } {
  const schema = fieldSchema(section, key);
  if (!(schema instanceof z.ZodNumber) || schema.minValue === null || schema.maxValue === null) {
    throw new Error(`${section}.${key} is not a bounded number`);
  }
  return { min: schema.minValue, max: schema.maxValue };
}

function numberControl(section: SectionKey, key: string, unit: string): FieldControl {
  return { kind: 'number', ...bounds(section, key), unit };
}

function scaleControl(
  section: SectionKey,
  key: string,
  lowLabel: string,
  highLabel: string,
): FieldControl {
  return { kind: 'scale', ...bounds(section, key), lowLabel, highLabel };
}

const field = (
  section: SectionKey | null,
  key: string,
  label: string,
  help: string,
  control: FieldControl,
  options: { desktopOnly?: boolean } = {},
): FieldSpec => ({
  section,
  key,
  label,
  help,
  control,
  ...options,
});
const bool: FieldControl = { kind: 'boolean' };

export const SETTINGS_PAGE: readonly SectionSpec[] = [
  {
    title: 'General',
    fields: [
      field(
        null,
        'launchAtLogin',
        'Start Poise when I log in',
        'Poise starts quietly in the tray.',
        bool,
        { desktopOnly: true },
      ),
    ],
  },
  {
    title: 'Posture monitoring',
    fields: [
      field(
        'monitoring',
        'sensitivity',
        'Sensitivity',
        'Stricter means Poise reacts to smaller changes from your calibrated upright posture.',
        scaleControl('monitoring', 'sensitivity', 'Relaxed', 'Strict'),
      ),
      field(
        'monitoring',
        'enabled',
        'Watch my posture with the camera',
        'Off: Poise keeps your breaks and never turns the camera on. On: the camera watches once setup is finished.',
        bool,
      ),
      field(
        'monitoring',
        'allowWebgl',
        'Use the graphics card when it helps',
        'Only a real graphics chip is used; otherwise Poise runs on the processor with WebAssembly.',
        bool,
      ),
    ],
  },
  {
    title: 'Nudges',
    fields: [
      field(
        'coaching',
        'graceSeconds',
        'Wait before nudging',
        'How long you may slouch before Poise says anything. Short glances never count.',
        numberControl('coaching', 'graceSeconds', 'seconds'),
      ),
      field(
        'coaching',
        'escalateAfterSeconds',
        'Time between steps',
        'If you keep slouching after a nudge, Poise waits this long before the next, stronger step.',
        numberControl('coaching', 'escalateAfterSeconds', 'seconds'),
      ),
      field(
        'coaching',
        'cooldownSeconds',
        'Quiet time after nudging',
        'After a nudge, Poise waits at least this long before it starts nudging about a new slouch.',
        numberControl('coaching', 'cooldownSeconds', 'seconds'),
      ),
      field(
        'coaching',
        'escalation',
        'How Poise may nudge',
        'If you keep slouching, Poise moves through these in order.',
        {
          kind: 'choices',
          options: [
            { value: 'tray', label: 'Tray icon' },
            { value: 'notification', label: 'Desktop notification' },
            { value: 'glow', label: 'Soft glow at the screen edge' },
            { value: 'sound', label: 'A gentle sound' },
          ],
        },
      ),
      field(
        'coaching',
        'suggestBreakAfterEpisodes',
        'Suggest a stretch after',
        'After this many slouches within an hour, Poise suggests a stretch break instead of more nudges.',
        numberControl('coaching', 'suggestBreakAfterEpisodes', 'slouches'),
      ),
    ],
  },
  {
    title: 'Breaks',
    fields: [
      field(
        'breaks',
        'microEnabled',
        'Micro breaks',
        'A few seconds to move and look away from the screen.',
        bool,
      ),
      field(
        'breaks',
        'microEveryMinutes',
        'Micro break every',
        '',
        numberControl('breaks', 'microEveryMinutes', 'minutes'),
      ),
      field(
        'breaks',
        'microDurationSeconds',
        'Micro break length',
        '',
        numberControl('breaks', 'microDurationSeconds', 'seconds'),
      ),
      field('breaks', 'longEnabled', 'Long breaks', 'A few minutes for a guided routine.', bool),
      field(
        'breaks',
        'longEveryMinutes',
        'Long break every',
        '',
        numberControl('breaks', 'longEveryMinutes', 'minutes'),
      ),
      field(
        'breaks',
        'longDurationMinutes',
        'Long break length',
        '',
        numberControl('breaks', 'longDurationMinutes', 'minutes'),
      ),
      field(
        'breaks',
        'headsUpSeconds',
        'Warn me before a break',
        '',
        numberControl('breaks', 'headsUpSeconds', 'seconds'),
      ),
      field(
        'breaks',
        'postponeMinutes',
        'Postpone by',
        '',
        numberControl('breaks', 'postponeMinutes', 'minutes'),
      ),
      field(
        'breaks',
        'maxPostpones',
        'Postpones allowed per break',
        '',
        numberControl('breaks', 'maxPostpones', 'times'),
      ),
      field('breaks', 'allowSkip', 'Allow skipping a break', '', bool),
      field(
        'breaks',
        'allDisplays',
        'Show breaks on every display',
        'Otherwise only on the main display.',
        bool,
        { desktopOnly: true },
      ),
      field(
        'breaks',
        'naturalBreakMinutes',
        'Count time away as a break after',
        'Stepping away from the desk this long resets the break timers.',
        numberControl('breaks', 'naturalBreakMinutes', 'minutes'),
      ),
    ],
  },
  {
    title: 'Working hours',
    fields: [
      field(
        'workingHours',
        'enabled',
        'Only coach during working hours',
        'Outside these hours Poise stays quiet.',
        bool,
      ),
      field('workingHours', 'start', 'Start', '', { kind: 'time' }),
      field('workingHours', 'end', 'End', '', { kind: 'time' }),
      field('workingHours', 'days', 'Days', '', { kind: 'weekdays' }),
    ],
  },
  {
    title: 'Routines',
    fields: [
      field(
        'routines',
        'pregnant',
        'I am pregnant',
        'Hides exercises and acupressure points that are not advised during pregnancy.',
        bool,
      ),
      field(
        'routines',
        'spokenCues',
        'Speak the steps aloud',
        'Uses your computer’s built-in voice.',
        bool,
      ),
    ],
  },
  {
    title: 'History',
    fields: [
      field(
        'history',
        'retentionDays',
        'Keep history for',
        'Older days are deleted automatically.',
        numberControl('history', 'retentionDays', 'days'),
      ),
      field(
        'history',
        'dailyGoalScore',
        'Daily posture goal',
        'A day with this posture score or higher counts towards your streak.',
        numberControl('history', 'dailyGoalScore', 'points'),
      ),
    ],
  },
];
