import { useState } from 'preact/hooks';
import { ITEMS } from '../content/catalogue';
import type { RoutineKind } from '../content/schema';
import { formatCountdown } from '../player/format-time';
import { availableRoutines, itemAllowed, type ResolvedRoutine } from '../selection/resolve-routine';
import {
  customDurationSeconds,
  deleteCustomRoutine,
  saveCustomRoutine,
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

const KIND_TITLES: Record<RoutineKind, string> = {
  micro: 'Micro breaks (under a minute)',
  long: 'Long breaks (about five minutes)',
};

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
  // Hidden routines and items stay listed here, so they can be shown again; pregnancy still filters.
  const routines = availableRoutines(store.custom, { hidden: [], pregnant });
  return (
    <div class="routine-library">
      <h2>Routines</h2>
      {(['micro', 'long'] as const).map((kind) => (
        <section key={kind} aria-labelledby={`library-${kind}`}>
          <h3 id={`library-${kind}`}>{KIND_TITLES[kind]}</h3>
          <ul class="routine-library__list">
            {routines
              .filter((routine) => routine.kind === kind)
              .map((routine) => {
                const favourite = store.favourites.includes(routine.id);
                const hidden = store.hidden.includes(routine.id);
                return (
                  <li
                    key={routine.id}
                    class="routine-library__row"
                    data-routine-id={routine.id}
                    data-hidden={hidden}
                  >
                    <span class="routine-library__name">
                      {routine.title}
                      <span class="routine-library__meta">
                        {' '}
                        · {formatCountdown(routine.durationSeconds * 1000)}
                        {routine.origin === 'custom' ? ' · yours' : ''}
                        {hidden ? ' · hidden from breaks' : ''}
                      </span>
                    </span>
                    <span class="routine-library__actions">
                      <button
                        type="button"
                        class="routine-button"
                        onClick={() => onPlay(routine)}
                        aria-label={`Play ${routine.title}`}
                      >
                        Play
                      </button>
                      <button
                        type="button"
                        class="routine-button"
                        aria-pressed={favourite}
                        aria-label={`Favourite ${routine.title}`}
                        onClick={() => onChange(toggleFavourite(store, routine.id))}
                      >
                        {favourite ? '★ Favourite' : '☆ Favourite'}
                      </button>
                      <button
                        type="button"
                        class="routine-button"
                        aria-pressed={hidden}
                        aria-label={`Hide ${routine.title} from breaks`}
                        onClick={() => onChange(setHidden(store, routine.id, !hidden))}
                      >
                        {hidden ? 'Hidden' : 'Hide'}
                      </button>
                      {routine.origin === 'custom' && (
                        <button
                          type="button"
                          class="routine-button"
                          aria-label={`Delete ${routine.title}`}
                          onClick={() => onChange(deleteCustomRoutine(store, routine.id))}
                        >
                          Delete
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
          When to see a doctor
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
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<RoutineKind>('micro');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [saved, setSaved] = useState('');
  const items = ITEMS.filter((item) => itemAllowed(item, { hidden: [], pregnant }));
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
    setSaved(`Saved “${result.routine.title}”.`);
    setTitle('');
    setItemIds([]);
    onChange(result.store);
  };

  return (
    <form class="routine-builder" onSubmit={save} aria-labelledby="routine-builder-title">
      <h3 id="routine-builder-title">Build your own</h3>
      <p>
        <label for="routine-builder-name">Name</label>{' '}
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
        <legend>Length</legend>
        {(['micro', 'long'] as const).map((value) => (
          <label key={value} class="routine-builder__choice">
            <input
              type="radio"
              name="routine-builder-kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />{' '}
            {value === 'micro' ? 'Micro (under a minute)' : 'Long'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Exercises, in the order you tick them</legend>
        <ul class="routine-builder__items">
          {items.map((item) => (
            <li key={item.id}>
              <label>
                <input
                  type="checkbox"
                  checked={itemIds.includes(item.id)}
                  onChange={() => toggle(item.id)}
                />{' '}
                {item.title} <span class="routine-library__meta">({item.durationSeconds} s)</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p aria-live="polite">Total: {formatCountdown(seconds * 1000)}</p>
      {problems.length > 0 && (
        <ul role="alert" class="routine-builder__problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {saved && <p role="status">{saved}</p>}
      <button type="submit" class="routine-button routine-button--primary">
        Save routine
      </button>
    </form>
  );
}
