import { useEffect, useState } from 'preact/hooks';
import type { SettingsPatch } from '../../main/core/settings/patch';
import type { Settings } from '../../main/core/settings/schema';
import type { PoiseApi } from '../../main/ipc/contract';
import { isDesktopHost } from '../host/poise-api';
import { useSettings } from '../shell/views/use-settings';
import { SETTINGS_PAGE, type FieldSpec } from './fields';
import './settings.css';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * Every setting the app has, with a sentence on what it does. Each change is sent as a patch;
 * main validates it against the schema and the page shows the reason when it refuses.
 */
export function SettingsView(props: {
  api: PoiseApi;
  onRunOnboarding?: () => void;
  /** Whether desktop-only settings apply; the browser host leaves them out. */
  desktop?: boolean;
}) {
  const settings = useSettings(props.api);
  const desktop = props.desktop ?? isDesktopHost();
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (!settings) return <p>Loading settings…</p>;

  const save = async (spec: FieldSpec, value: unknown): Promise<void> => {
    const id = fieldId(spec);
    const problem = checkLocally(spec, value);
    if (problem) {
      setErrors((current) => ({ ...current, [id]: problem }));
      return;
    }
    const patch = (
      spec.section === null ? { [spec.key]: value } : { [spec.section]: { [spec.key]: value } }
    ) as SettingsPatch;
    try {
      // A successful update is broadcast as settings:changed before this answer arrives (in both
      // hosts), and useSettings takes the new settings from there.
      const result = await props.api.invoke('settings:update', patch);
      if (result.ok) {
        setErrors(({ [id]: _dropped, ...rest }) => rest);
      } else {
        setErrors((current) => ({ ...current, [id]: result.errors.join('; ') }));
      }
    } catch (error) {
      setErrors((current) => ({
        ...current,
        [id]: `Not saved: ${error instanceof Error ? error.message : String(error)}`,
      }));
    }
  };

  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      {SETTINGS_PAGE.map((section) => {
        const fields = section.fields.filter((spec) => desktop || !spec.desktopOnly);
        // A section of desktop-only settings (General, in a browser) would be an empty box.
        if (fields.length === 0) return null;
        return (
          <fieldset key={section.title} class="settings__section">
            <legend>{section.title}</legend>
            {fields.map((spec) => (
              <Field
                key={fieldId(spec)}
                spec={spec}
                value={valueOf(settings, spec)}
                error={errors[fieldId(spec)]}
                onChange={(v) => void save(spec, v)}
              />
            ))}
          </fieldset>
        );
      })}
      {props.onRunOnboarding && (
        <p>
          <button type="button" onClick={props.onRunOnboarding}>
            Run the first-time setup again
          </button>
        </p>
      )}
    </section>
  );
}

/** Say what is wrong in words before asking main, which would only refuse. */
function checkLocally(spec: FieldSpec, value: unknown): string | null {
  const control = spec.control;
  if (control.kind === 'number') {
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < control.min ||
      value > control.max
    ) {
      return `Choose a whole number from ${control.min} to ${control.max}.`;
    }
  }
  if (control.kind === 'time' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(String(value)))
    return 'Enter a time such as 09:00.';
  return null;
}

const fieldId = (spec: FieldSpec): string => `setting-${spec.section ?? 'general'}-${spec.key}`;

function valueOf(settings: Settings, spec: FieldSpec): unknown {
  const container = spec.section === null ? settings : settings[spec.section];
  return (container as unknown as Record<string, unknown>)[spec.key];
}

function Field(props: {
  spec: FieldSpec;
  value: unknown;
  error: string | undefined;
  onChange: (value: unknown) => void;
}) {
  const { spec, value } = props;
  // What the person is typing. Kept apart from the saved value so that a re-render (the status
  // line changes every second) never puts the old value back under their fingers.
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const id = fieldId(spec);
  const helpId = `${id}-help`;
  const describedBy =
    [spec.help ? helpId : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const control = spec.control;
  let input;
  switch (control.kind) {
    case 'boolean':
      // A checkbox sits right beside its own label, as on every desktop settings page.
      return (
        <div class="settings__field settings__field--toggle">
          <label class="settings__toggle">
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              aria-describedby={describedBy}
              onChange={(e) => props.onChange(e.currentTarget.checked)}
            />
            {spec.label}
          </label>
          <FieldNotes id={id} help={spec.help} error={props.error} />
        </div>
      );
    case 'scale':
      input = (
        <span class="settings__scale">
          <span aria-hidden="true">{control.lowLabel}</span>
          <input
            id={id}
            type="range"
            min={control.min}
            max={control.max}
            step={1}
            value={Number(value)}
            aria-describedby={describedBy}
            aria-valuetext={`${String(value)} of ${control.max}`}
            onChange={(e) => props.onChange(Number(e.currentTarget.value))}
          />
          <span aria-hidden="true">{control.highLabel}</span>
          <output for={id}>{String(value)}</output>
        </span>
      );
      break;
    case 'number':
      input = (
        <span class="settings__number">
          <input
            id={id}
            type="number"
            min={control.min}
            max={control.max}
            step={1}
            value={draft}
            aria-describedby={describedBy}
            aria-invalid={props.error ? true : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onChange={(e) => props.onChange(Number(e.currentTarget.value))}
          />
          {control.unit && <span class="settings__unit">{control.unit}</span>}
        </span>
      );
      break;
    case 'time':
      input = (
        <input
          id={id}
          type="time"
          value={draft}
          aria-describedby={describedBy}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        />
      );
      break;
    case 'choices': {
      const selected = new Set(value as string[]);
      input = (
        <span id={id} role="group" aria-label={spec.label} class="settings__choices">
          {control.options.map((option) => (
            <label key={option.value}>
              <input
                type="checkbox"
                checked={selected.has(option.value)}
                onChange={(e) => {
                  const next = control.options
                    .map((o) => o.value)
                    .filter((v) =>
                      v === option.value ? e.currentTarget.checked : selected.has(v),
                    );
                  props.onChange(next);
                }}
              />
              {option.label}
            </label>
          ))}
        </span>
      );
      break;
    }
    case 'weekdays': {
      const days = new Set(value as number[]);
      input = (
        <span id={id} role="group" aria-label={spec.label} class="settings__choices">
          {WEEKDAYS.map((day, index) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={days.has(index)}
                onChange={(e) => {
                  const next = WEEKDAYS.map((_, i) => i).filter((i) =>
                    i === index ? e.currentTarget.checked : days.has(i),
                  );
                  props.onChange(next);
                }}
              />
              {day}
            </label>
          ))}
        </span>
      );
      break;
    }
  }
  const labelled = control.kind === 'choices' || control.kind === 'weekdays';
  return (
    <div class="settings__field">
      {labelled ? (
        <span class="settings__label">{spec.label}</span>
      ) : (
        <label for={id} class="settings__label">
          {spec.label}
        </label>
      )}
      {input}
      <FieldNotes id={id} help={spec.help} error={props.error} />
    </div>
  );
}

/** The help sentence and the error under a field, ids matching its aria-describedby. */
function FieldNotes(props: { id: string; help: string; error: string | undefined }) {
  return (
    <>
      {props.help && (
        <small id={`${props.id}-help`} class="settings__help">
          {props.help}
        </small>
      )}
      {props.error && (
        <small id={`${props.id}-error`} class="settings__error" role="alert">
          {props.error}
        </small>
      )}
    </>
  );
}
