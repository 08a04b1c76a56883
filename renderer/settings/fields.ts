import { z } from 'zod';
import type { settings as settingsWords } from '../../shared/core/i18n/en/settings';
import { LANGUAGE_SETTINGS } from '../../shared/core/i18n/languages';
import { settingsSchema, type Settings } from '../../shared/core/settings/schema';

/**
 * What the settings page shows, field by field. The words are keys into the settings namespace,
 * put into words when the page renders (so it follows a change of language at once); the ranges
 * come from the schema itself so the form can never offer a value the app would refuse.
 */
type SectionKey = Exclude<
  keyof Settings,
  'version' | 'firstRunComplete' | 'launchAtLogin' | 'language'
>;

type Words = typeof settingsWords;
/** A key of the settings namespace, e.g. 'settings:fields.sensitivity'. */
export type FieldWords = `settings:fields.${keyof Words['fields'] & string}`;
export type SectionWords = `settings:sections.${keyof Words['sections'] & string}`;
export type UnitWords = `settings:units.${keyof Words['units'] & string}`;
export type ScaleWords = `settings:scale.${keyof Words['scale'] & string}`;
/** Words for a choice: the settings namespace's own, or the language names everyone shares. */
export type ChoiceWords =
  | `settings:escalation.${keyof Words['escalation'] & string}`
  | `settings:lightSaver.${keyof Words['lightSaver'] & string}`
  | 'common:language.system'
  | 'common:language.en'
  | 'common:language.de';

export type FieldControl =
  | { readonly kind: 'boolean' }
  | {
      readonly kind: 'number';
      readonly min: number;
      readonly max: number;
      readonly unit: UnitWords;
    }
  /** A slider between two named ends, for a setting that is a feel rather than a quantity. */
  | {
      readonly kind: 'scale';
      readonly min: number;
      readonly max: number;
      readonly lowLabel: ScaleWords;
      readonly highLabel: ScaleWords;
    }
  | { readonly kind: 'time' }
  /** Any number of the options, in their order (a list of values). */
  | {
      readonly kind: 'choices';
      readonly options: readonly { value: string; label: ChoiceWords }[];
    }
  /** Exactly one of the options (a single value). */
  | {
      readonly kind: 'select';
      readonly options: readonly { value: string; label: ChoiceWords }[];
    }
  | { readonly kind: 'weekdays' };

export interface FieldSpec {
  readonly section: SectionKey | null;
  readonly key: string;
  readonly label: FieldWords;
  /** The sentence under the field, if it needs one. */
  readonly help: FieldWords | null;
  readonly control: FieldControl;
  /** Only the desktop app can do this (the browser host hides it). */
  readonly desktopOnly?: boolean;
}

export interface SectionSpec {
  /** Also the section's React key. */
  readonly title: SectionWords;
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

function numberControl(section: SectionKey, key: string, unit: UnitWords): FieldControl {
  return { kind: 'number', ...bounds(section, key), unit };
}

function scaleControl(
  section: SectionKey,
  key: string,
  lowLabel: ScaleWords,
  highLabel: ScaleWords,
): FieldControl {
  return { kind: 'scale', ...bounds(section, key), lowLabel, highLabel };
}

const field = (
  section: SectionKey | null,
  key: string,
  label: FieldWords,
  help: FieldWords | null,
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
    title: 'settings:sections.general',
    fields: [
      field(
        null,
        'launchAtLogin',
        'settings:fields.launchAtLogin',
        'settings:fields.launchAtLoginHelp',
        bool,
        { desktopOnly: true },
      ),
      field(null, 'language', 'settings:fields.language', null, {
        kind: 'select',
        options: LANGUAGE_SETTINGS.map((value) => ({
          value,
          label: `common:language.${value}` as const,
        })),
      }),
    ],
  },
  {
    title: 'settings:sections.monitoring',
    fields: [
      field(
        'monitoring',
        'sensitivity',
        'settings:fields.sensitivity',
        'settings:fields.sensitivityHelp',
        scaleControl(
          'monitoring',
          'sensitivity',
          'settings:scale.relaxed',
          'settings:scale.strict',
        ),
      ),
      field(
        'monitoring',
        'enabled',
        'settings:fields.monitoringEnabled',
        'settings:fields.monitoringEnabledHelp',
        bool,
      ),
      field(
        'monitoring',
        'cameraLightSaver',
        'settings:fields.cameraLightSaver',
        'settings:fields.cameraLightSaverHelp',
        {
          kind: 'select',
          options: [
            { value: 'off', label: 'settings:lightSaver.off' },
            { value: '10', label: 'settings:lightSaver.every10' },
            { value: '30', label: 'settings:lightSaver.every30' },
            { value: '60', label: 'settings:lightSaver.every60' },
          ],
        },
      ),
      field(
        'monitoring',
        'allowWebgl',
        'settings:fields.allowWebgl',
        'settings:fields.allowWebglHelp',
        bool,
      ),
    ],
  },
  {
    title: 'settings:sections.nudges',
    fields: [
      field(
        'coaching',
        'graceSeconds',
        'settings:fields.graceSeconds',
        'settings:fields.graceSecondsHelp',
        numberControl('coaching', 'graceSeconds', 'settings:units.seconds'),
      ),
      field(
        'coaching',
        'escalateAfterSeconds',
        'settings:fields.escalateAfterSeconds',
        'settings:fields.escalateAfterSecondsHelp',
        numberControl('coaching', 'escalateAfterSeconds', 'settings:units.seconds'),
      ),
      field(
        'coaching',
        'cooldownSeconds',
        'settings:fields.cooldownSeconds',
        'settings:fields.cooldownSecondsHelp',
        numberControl('coaching', 'cooldownSeconds', 'settings:units.seconds'),
      ),
      field(
        'coaching',
        'escalation',
        'settings:fields.escalation',
        'settings:fields.escalationHelp',
        {
          kind: 'choices',
          options: [
            { value: 'tray', label: 'settings:escalation.tray' },
            { value: 'notification', label: 'settings:escalation.notification' },
            { value: 'glow', label: 'settings:escalation.glow' },
            { value: 'sound', label: 'settings:escalation.sound' },
          ],
        },
      ),
      field(
        'coaching',
        'suggestBreakAfterEpisodes',
        'settings:fields.suggestBreakAfterEpisodes',
        'settings:fields.suggestBreakAfterEpisodesHelp',
        numberControl('coaching', 'suggestBreakAfterEpisodes', 'settings:units.slouches'),
      ),
    ],
  },
  {
    title: 'settings:sections.breaks',
    fields: [
      field(
        'breaks',
        'microEnabled',
        'settings:fields.microEnabled',
        'settings:fields.microEnabledHelp',
        bool,
      ),
      field(
        'breaks',
        'microEveryMinutes',
        'settings:fields.microEveryMinutes',
        null,
        numberControl('breaks', 'microEveryMinutes', 'settings:units.minutes'),
      ),
      field(
        'breaks',
        'microDurationSeconds',
        'settings:fields.microDurationSeconds',
        null,
        numberControl('breaks', 'microDurationSeconds', 'settings:units.seconds'),
      ),
      field(
        'breaks',
        'longEnabled',
        'settings:fields.longEnabled',
        'settings:fields.longEnabledHelp',
        bool,
      ),
      field(
        'breaks',
        'longEveryMinutes',
        'settings:fields.longEveryMinutes',
        null,
        numberControl('breaks', 'longEveryMinutes', 'settings:units.minutes'),
      ),
      field(
        'breaks',
        'longDurationMinutes',
        'settings:fields.longDurationMinutes',
        null,
        numberControl('breaks', 'longDurationMinutes', 'settings:units.minutes'),
      ),
      field(
        'breaks',
        'headsUpSeconds',
        'settings:fields.headsUpSeconds',
        null,
        numberControl('breaks', 'headsUpSeconds', 'settings:units.seconds'),
      ),
      field(
        'breaks',
        'postponeMinutes',
        'settings:fields.postponeMinutes',
        null,
        numberControl('breaks', 'postponeMinutes', 'settings:units.minutes'),
      ),
      field(
        'breaks',
        'maxPostpones',
        'settings:fields.maxPostpones',
        null,
        numberControl('breaks', 'maxPostpones', 'settings:units.times'),
      ),
      field('breaks', 'allowSkip', 'settings:fields.allowSkip', null, bool),
      field(
        'breaks',
        'allDisplays',
        'settings:fields.allDisplays',
        'settings:fields.allDisplaysHelp',
        bool,
        { desktopOnly: true },
      ),
      field(
        'breaks',
        'naturalBreakMinutes',
        'settings:fields.naturalBreakMinutes',
        'settings:fields.naturalBreakMinutesHelp',
        numberControl('breaks', 'naturalBreakMinutes', 'settings:units.minutes'),
      ),
    ],
  },
  {
    title: 'settings:sections.workingHours',
    fields: [
      field(
        'workingHours',
        'enabled',
        'settings:fields.workingHoursEnabled',
        'settings:fields.workingHoursEnabledHelp',
        bool,
      ),
      field('workingHours', 'start', 'settings:fields.start', null, { kind: 'time' }),
      field('workingHours', 'end', 'settings:fields.end', null, { kind: 'time' }),
      field('workingHours', 'days', 'settings:fields.days', null, { kind: 'weekdays' }),
    ],
  },
  {
    title: 'settings:sections.routines',
    fields: [
      field(
        'routines',
        'pregnant',
        'settings:fields.pregnant',
        'settings:fields.pregnantHelp',
        bool,
      ),
      field(
        'routines',
        'spokenCues',
        'settings:fields.spokenCues',
        'settings:fields.spokenCuesHelp',
        bool,
      ),
    ],
  },
  {
    title: 'settings:sections.history',
    fields: [
      field(
        'history',
        'retentionDays',
        'settings:fields.retentionDays',
        'settings:fields.retentionDaysHelp',
        numberControl('history', 'retentionDays', 'settings:units.days'),
      ),
      field(
        'history',
        'dailyGoalScore',
        'settings:fields.dailyGoalScore',
        'settings:fields.dailyGoalScoreHelp',
        numberControl('history', 'dailyGoalScore', 'settings:units.points'),
      ),
    ],
  },
];
