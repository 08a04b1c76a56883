import { breaksSchema } from '../../main/core/settings/schema';
import type { OnboardingSchedule } from './types';

type NumberField =
  'microEveryMinutes' | 'microDurationSeconds' | 'longEveryMinutes' | 'longDurationMinutes';

const FIELDS: readonly { key: NumberField; label: string; unit: string; help: string }[] = [
  {
    key: 'microEveryMinutes',
    label: 'Micro break every',
    unit: 'minutes',
    help: 'A short pause to look away and loosen up.',
  },
  { key: 'microDurationSeconds', label: 'Micro break length', unit: 'seconds', help: '' },
  {
    key: 'longEveryMinutes',
    label: 'Long break every',
    unit: 'minutes',
    help: 'Stand up and move with a guided routine.',
  },
  { key: 'longDurationMinutes', label: 'Long break length', unit: 'minutes', help: '' },
];

/** The range check of the settings schema itself, so onboarding and settings never disagree. */
export function scheduleFieldError(key: NumberField, value: number): string | null {
  const result = breaksSchema.shape[key].safeParse(value);
  if (result.success) return null;
  const bounds = breaksSchema.shape[key].unwrap();
  return `Use a whole number from ${bounds.minValue} to ${bounds.maxValue}.`;
}

export function scheduleErrors(schedule: OnboardingSchedule): Partial<Record<NumberField, string>> {
  const errors: Partial<Record<NumberField, string>> = {};
  for (const { key } of FIELDS) {
    const error = scheduleFieldError(key, schedule[key]);
    if (error) errors[key] = error;
  }
  return errors;
}

export interface ScheduleStepProps {
  readonly schedule: OnboardingSchedule;
  readonly onChange: (schedule: OnboardingSchedule) => void;
}

export function ScheduleStep({ schedule, onChange }: ScheduleStepProps) {
  const errors = scheduleErrors(schedule);
  return (
    <div class="ob-form">
      <p>
        Regular breaks do more for your back than perfect posture. Poise starts with these; change
        them any time in Settings.
      </p>
      <label class="ob-toggle">
        <input
          type="checkbox"
          checked={schedule.microEnabled}
          onChange={(e) => onChange({ ...schedule, microEnabled: e.currentTarget.checked })}
        />
        Micro breaks
      </label>
      <label class="ob-toggle">
        <input
          type="checkbox"
          checked={schedule.longEnabled}
          onChange={(e) => onChange({ ...schedule, longEnabled: e.currentTarget.checked })}
        />
        Long breaks
      </label>
      {FIELDS.map(({ key, label, unit, help }) => {
        const enabled = key.startsWith('micro') ? schedule.microEnabled : schedule.longEnabled;
        const id = `ob-${key}`;
        const error = errors[key];
        return (
          <div class="ob-field" key={key}>
            <label for={id}>
              {label} ({unit})
            </label>
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
              {error ?? help}
            </span>
          </div>
        );
      })}
    </div>
  );
}
