import { breaksSchema } from '../../shared/core/settings/schema';
import type { Wording } from '../../shared/core/i18n/wording';
import { useWording } from '../i18n/use-wording';
import type { OnboardingSchedule } from './types';

type NumberField =
  'microEveryMinutes' | 'microDurationSeconds' | 'longEveryMinutes' | 'longDurationMinutes';

/** Each field's label (with its unit) is onboarding:schedule.field.<key>; help is under .help. */
const FIELDS: readonly {
  key: NumberField;
  help: 'microEveryMinutes' | 'longEveryMinutes' | null;
}[] = [
  { key: 'microEveryMinutes', help: 'microEveryMinutes' },
  { key: 'microDurationSeconds', help: null },
  { key: 'longEveryMinutes', help: 'longEveryMinutes' },
  { key: 'longDurationMinutes', help: null },
];

/** The range check of the settings schema itself, so onboarding and settings never disagree. */
export function scheduleFieldError(
  key: NumberField,
  value: number,
  wording: Wording,
): string | null {
  const result = breaksSchema.shape[key].safeParse(value);
  if (result.success) return null;
  const bounds = breaksSchema.shape[key].unwrap();
  return wording.t('onboarding:schedule.wholeNumber', {
    min: wording.formatNumber(bounds.minValue ?? 0),
    max: wording.formatNumber(bounds.maxValue ?? 0),
  });
}

export function scheduleErrors(
  schedule: OnboardingSchedule,
  wording: Wording,
): Partial<Record<NumberField, string>> {
  const errors: Partial<Record<NumberField, string>> = {};
  for (const { key } of FIELDS) {
    const error = scheduleFieldError(key, schedule[key], wording);
    if (error) errors[key] = error;
  }
  return errors;
}

export interface ScheduleStepProps {
  readonly schedule: OnboardingSchedule;
  readonly onChange: (schedule: OnboardingSchedule) => void;
}

export function ScheduleStep({ schedule, onChange }: ScheduleStepProps) {
  const wording = useWording();
  const { t } = wording;
  const errors = scheduleErrors(schedule, wording);
  return (
    <div class="ob-form">
      <p>{t('onboarding:schedule.intro')}</p>
      <label class="ob-toggle">
        <input
          type="checkbox"
          checked={schedule.microEnabled}
          onChange={(e) => onChange({ ...schedule, microEnabled: e.currentTarget.checked })}
        />
        {t('onboarding:schedule.micro')}
      </label>
      <label class="ob-toggle">
        <input
          type="checkbox"
          checked={schedule.longEnabled}
          onChange={(e) => onChange({ ...schedule, longEnabled: e.currentTarget.checked })}
        />
        {t('onboarding:schedule.long')}
      </label>
      {FIELDS.map(({ key, help }) => {
        const enabled = key.startsWith('micro') ? schedule.microEnabled : schedule.longEnabled;
        const id = `ob-${key}`;
        const error = errors[key];
        return (
          <div class="ob-field" key={key}>
            <label for={id}>{t(`onboarding:schedule.field.${key}`)}</label>
            <input
              id={id}
              type="number"
              inputMode="numeric"
              disabled={!enabled}
              value={Number.isFinite(schedule[key]) ? schedule[key] : ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-help`}
              onInput={(e) => onChange({ ...schedule, [key]: e.currentTarget.valueAsNumber })}
            />
            <span id={`${id}-help`} class={error ? 'ob-error' : 'ob-muted'}>
              {error ?? (help ? t(`onboarding:schedule.help.${help}`) : '')}
            </span>
          </div>
        );
      })}
    </div>
  );
}
