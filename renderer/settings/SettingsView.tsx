import { useEffect, useState } from 'preact/hooks';
import type { SettingsPatch } from '../../shared/core/settings/patch';
import type { Settings } from '../../shared/core/settings/schema';
import type { Wording } from '../../shared/core/i18n/wording';
import type { PoiseApi } from '../../shared/ipc/contract';
import {
  unavailableSignals,
  type PlatformSignal,
  type SignalAvailability,
} from '../../shared/core/signals/signal-poll';
import { isDesktopHost } from '../host/poise-api';
import { useWording } from '../i18n/use-wording';
import { useSettings } from '../shell/views/use-settings';
import { SETTINGS_PAGE, type FieldSpec } from './fields';
import './settings.css';

/** Weekday 0 (Sunday) .. 6 (Saturday), as the settings store them. */
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];
/** A weekday's short name in the locale ("Mon", "Mo."): 2 January 2000 was a Sunday, read in UTC. */
const weekdayShortName = (wording: Wording, weekday: number): string =>
  new Intl.DateTimeFormat(wording.locale, { weekday: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 2 + weekday),
  );

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
  const wording = useWording();
  const { t } = wording;
  // Problems are kept as what went wrong and put in words at render, in the current language;
  // main's own reasons (the schema's) arrive as words already.
  const [errors, setErrors] = useState<Record<string, Problem>>({});

  if (!settings) return <p>{t('settings:loading')}</p>;

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
        setErrors((current) => ({
          ...current,
          [id]: { kind: 'refused', reasons: result.errors.join('; ') },
        }));
      }
    } catch (error) {
      setErrors((current) => ({
        ...current,
        [id]: {
          kind: 'not-saved',
          reason: error instanceof Error ? error.message : String(error),
        },
      }));
    }
  };

  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings:title')}</h2>
      {SETTINGS_PAGE.map((section) => {
        const fields = section.fields.filter((spec) => desktop || !spec.desktopOnly);
        // A section of desktop-only settings (General, in a browser) would be an empty box.
        if (fields.length === 0) return null;
        return (
          <fieldset key={section.title} class="settings__section">
            <legend>{t(section.title)}</legend>
            {fields.map((spec) => (
              <Field
                key={fieldId(spec)}
                spec={spec}
                wording={wording}
                value={valueOf(settings, spec)}
                error={problemText(wording, errors[fieldId(spec)])}
                onChange={(v) => void save(spec, v)}
              />
            ))}
          </fieldset>
        );
      })}
      <UnavailableSignals api={props.api} wording={wording} />
      {props.onRunOnboarding && (
        <p>
          <button type="button" onClick={props.onRunOnboarding}>
            {t('settings:runOnboarding')}
          </button>
        </p>
      )}
    </section>
  );
}

type Problem =
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'time' }
  | { readonly kind: 'refused'; readonly reasons: string }
  | { readonly kind: 'not-saved'; readonly reason: string };

function problemText(wording: Wording, problem: Problem | undefined): string | undefined {
  if (!problem) return undefined;
  const { t } = wording;
  switch (problem.kind) {
    case 'range':
      return t('settings:wholeNumber', {
        min: wording.formatNumber(problem.min),
        max: wording.formatNumber(problem.max),
      });
    case 'time':
      return t('settings:timeExample');
    case 'refused':
      return problem.reasons;
    case 'not-saved':
      return t('settings:notSaved', { reason: problem.reason });
  }
}

/** Say what is wrong before asking main, which would only refuse. */
function checkLocally(spec: FieldSpec, value: unknown): Problem | null {
  const control = spec.control;
  if (control.kind === 'number') {
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < control.min ||
      value > control.max
    ) {
      return { kind: 'range', min: control.min, max: control.max };
    }
  }
  if (control.kind === 'time' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(String(value)))
    return { kind: 'time' };
  return null;
}

const fieldId = (spec: FieldSpec): string => `setting-${spec.section ?? 'general'}-${spec.key}`;

function valueOf(settings: Settings, spec: FieldSpec): unknown {
  const container = spec.section === null ? settings : settings[spec.section];
  return (container as unknown as Record<string, unknown>)[spec.key];
}

function Field(props: {
  spec: FieldSpec;
  wording: Wording;
  value: unknown;
  error: string | undefined;
  onChange: (value: unknown) => void;
}) {
  const { spec, value, wording } = props;
  const { t } = wording;
  const label = t(spec.label);
  const help = spec.help === null ? '' : t(spec.help);
  // What the person is typing. Kept apart from the saved value so that a re-render (the status
  // line changes every second) never puts the old value back under their fingers.
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const id = fieldId(spec);
  const helpId = `${id}-help`;
  const describedBy =
    [help ? helpId : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
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
            {label}
          </label>
          <FieldNotes id={id} help={help} error={props.error} />
        </div>
      );
    case 'scale':
      input = (
        <span class="settings__scale">
          <span aria-hidden="true">{t(control.lowLabel)}</span>
          <input
            id={id}
            type="range"
            min={control.min}
            max={control.max}
            step={1}
            value={Number(value)}
            aria-describedby={describedBy}
            aria-valuetext={t('settings:scaleValue', {
              value: wording.formatNumber(Number(value)),
              max: wording.formatNumber(control.max),
            })}
            onChange={(e) => props.onChange(Number(e.currentTarget.value))}
          />
          <span aria-hidden="true">{t(control.highLabel)}</span>
          <output for={id}>{wording.formatNumber(Number(value))}</output>
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
          <span class="settings__unit">{t(control.unit)}</span>
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
        <span id={id} role="group" aria-label={label} class="settings__choices">
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
              {t(option.label)}
            </label>
          ))}
        </span>
      );
      break;
    }
    case 'select':
      input = (
        <select
          id={id}
          value={String(value)}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        >
          {control.options.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      );
      break;
    case 'weekdays': {
      const days = new Set(value as number[]);
      input = (
        <span id={id} role="group" aria-label={label} class="settings__choices">
          {WEEKDAYS.map((day) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={days.has(day)}
                onChange={(e) => {
                  const next = WEEKDAYS.filter((i) =>
                    i === day ? e.currentTarget.checked : days.has(i),
                  );
                  props.onChange(next);
                }}
              />
              {weekdayShortName(wording, day)}
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
        <span class="settings__label">{label}</span>
      ) : (
        <label for={id} class="settings__label">
          {label}
        </label>
      )}
      {input}
      <FieldNotes id={id} help={help} error={props.error} />
    </div>
  );
}

/**
 * Which platform signals this system cannot read (fullscreen, do-not-disturb, a call), so the
 * person knows when Poise may still interrupt. Nothing is shown when all of them can be read.
 */
function UnavailableSignals(props: { api: PoiseApi; wording: Wording }) {
  const [availability, setAvailability] = useState<SignalAvailability | null>(null);
  useEffect(() => {
    void props.api.invoke('app:signals').then(setAvailability, () => undefined);
  }, [props.api]);
  if (!availability) return null;
  const missing = unavailableSignals(availability);
  if (missing.length === 0) return null;
  const { t, locale } = props.wording;
  const names = missing.map((signal: PlatformSignal) => t(`settings:signals.${signal}`));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return (
    <p class="settings__help" data-testid="unavailable-signals">
      {t('settings:signals.unavailable', { list })}
    </p>
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
