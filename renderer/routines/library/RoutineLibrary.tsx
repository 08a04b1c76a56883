import { useState } from 'preact/hooks';
import { useWording } from '../../i18n/use-wording';
import { ITEMS } from '../content/catalogue';
import { localizeItem } from '../content/localize';
import { ROUTINE_KINDS, type RoutineKind } from '../content/schema';
import { formatCountdown } from '../player/format-time';
import {
  availableRoutines,
  itemAllowed,
  localizedRoutineTitle,
  type ResolvedRoutine,
} from '../selection/resolve-routine';
import {
  customDurationSeconds,
  deleteCustomRoutine,
  problemText,
  saveCustomRoutine,
  type CustomRoutineProblem,
  setHidden,
  toggleFavourite,
  type RoutineStore,
} from '../selection/routine-store';
import '../routines.css';

export interface RoutineLibraryProps {
  /** settings.routines' favourites, hidden and custom: the lead persists what onChange returns. */
  readonly store: RoutineStore;
  readonly pregnant: boolean;
  readonly onChange: (store: RoutineStore) => void;
  readonly onPlay: (routine: ResolvedRoutine) => void;
  readonly onOpenDoctorPage: () => void;
}

/**
 * Browse, play, favourite and hide routines, and build your own. Pure props in, new store out:
 * no host or IPC object is touched here.
 */
export function RoutineLibrary({
  store,
  pregnant,
  onChange,
  onPlay,
  onOpenDoctorPage,
}: RoutineLibraryProps) {
  const { t, language } = useWording();
  // Hidden routines and items stay listed here, so they can be shown again; pregnancy still filters.
  const routines = availableRoutines(store.custom, { hidden: [], pregnant });
  return (
    <div class="routine-library">
      <h2>{t('routines:library.heading')}</h2>
      {ROUTINE_KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`library-${kind}`}>
          <h3 id={`library-${kind}`}>{t(`routines:library.kindTitle.${kind}`)}</h3>
          <ul class="routine-library__list">
            {routines
              .filter((routine) => routine.kind === kind)
              .map((routine) => {
                const favourite = store.favourites.includes(routine.id);
                const hidden = store.hidden.includes(routine.id);
                const title = localizedRoutineTitle(routine, language);
                return (
                  <li
                    key={routine.id}
                    class="routine-library__row"
                    data-routine-id={routine.id}
                    data-hidden={hidden}
                  >
                    <span class="routine-library__name">
                      {title}
                      <span class="routine-library__meta">
                        {' · '}
                        {formatCountdown(routine.durationSeconds * 1000)}
                        {routine.origin === 'custom' ? ` · ${t('routines:library.yours')}` : ''}
                        {hidden ? ` · ${t('routines:library.hiddenFromBreaks')}` : ''}
                      </span>
                    </span>
                    <span class="routine-library__actions">
                      <button
                        type="button"
                        class="routine-button"
                        onClick={() => onPlay(routine)}
                        aria-label={t('routines:library.playLabel', { title })}
                      >
                        {t('routines:library.play')}
                      </button>
                      <button
                        type="button"
                        class="routine-button"
                        aria-pressed={favourite}
                        aria-label={t('routines:library.favouriteLabel', { title })}
                        onClick={() => onChange(toggleFavourite(store, routine.id))}
                      >
                        {favourite
                          ? t('routines:library.favourited')
                          : t('routines:library.favourite')}
                      </button>
                      <button
                        type="button"
                        class="routine-button"
                        aria-pressed={hidden}
                        aria-label={t('routines:library.hideLabel', { title })}
                        onClick={() => onChange(setHidden(store, routine.id, !hidden))}
                      >
                        {hidden ? t('routines:library.hidden') : t('routines:library.hide')}
                      </button>
                      {routine.origin === 'custom' && (
                        <button
                          type="button"
                          class="routine-button"
                          aria-label={t('routines:library.deleteLabel', { title })}
                          onClick={() => onChange(deleteCustomRoutine(store, routine.id))}
                        >
                          {t('routines:library.delete')}
                        </button>
                      )}
                    </span>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      <RoutineBuilder store={store} pregnant={pregnant} onChange={onChange} />
      <p>
        <button type="button" class="routine-link" onClick={onOpenDoctorPage}>
          {t('routines:doctorLink')}
        </button>
      </p>
    </div>
  );
}

function RoutineBuilder({
  store,
  pregnant,
  onChange,
}: Pick<RoutineLibraryProps, 'store' | 'pregnant' | 'onChange'>) {
  const { t, language, formatNumber } = useWording();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<RoutineKind>('micro');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<readonly CustomRoutineProblem[]>([]);
  const [saved, setSaved] = useState('');
  const items = ITEMS.filter((item) => itemAllowed(item, { hidden: [], pregnant })).map((item) =>
    localizeItem(item, language),
  );
  const seconds = customDurationSeconds(itemIds);

  const toggle = (id: string) =>
    setItemIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const save = (event: Event) => {
    event.preventDefault();
    const result = saveCustomRoutine(store, { title, kind, itemIds });
    if (!result.ok) {
      setProblems(result.problems);
      setSaved('');
      return;
    }
    setProblems([]);
    setSaved(result.routine.title);
    setTitle('');
    setItemIds([]);
    onChange(result.store);
  };

  return (
    <form class="routine-builder" onSubmit={save} aria-labelledby="routine-builder-title">
      <h3 id="routine-builder-title">{t('routines:builder.heading')}</h3>
      <p>
        <label for="routine-builder-name">{t('routines:builder.name')}</label>{' '}
        <input
          id="routine-builder-name"
          type="text"
          value={title}
          maxLength={60}
          onInput={(event) => setTitle(event.currentTarget.value)}
          required
        />
      </p>
      <fieldset>
        <legend>{t('routines:builder.length')}</legend>
        {ROUTINE_KINDS.map((value) => (
          <label key={value} class="routine-builder__choice">
            <input
              type="radio"
              name="routine-builder-kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />{' '}
            {t(`routines:builder.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('routines:builder.exercises')}</legend>
        <ul class="routine-builder__items">
          {items.map((item) => (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  checked={itemIds.includes(item.id)}
                  onChange={() => toggle(item.id)}
                />{' '}
                {item.title}{' '}
                <span class="routine-library__meta">
                  {t('routines:builder.itemSeconds', {
                    seconds: formatNumber(item.durationSeconds),
                  })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p aria-live="polite">
        {t('routines:builder.total', { duration: formatCountdown(seconds * 1000) })}
      </p>
      {problems.length > 0 && (
        <ul role="alert" class="routine-builder__problems">
          {problems.map((problem) => (
            <li key={problem.type}>{problemText(problem, t)}</li>
          ))}
        </ul>
      )}
      {saved && <p role="status">{t('routines:builder.saved', { title: saved })}</p>}
      <button type="submit" class="routine-button routine-button--primary">
        {t('routines:builder.save')}
      </button>
    </form>
  );
}
