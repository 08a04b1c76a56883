import type { Wording } from '../../shared/core/i18n/wording';
import { useWording } from '../i18n/use-wording';
import { ROUTINES_BY_ID } from '../routines/content/catalogue';
import { localizeRoutine } from '../routines/content/localize';

export interface RoutinesDoneProps {
  readonly today: Readonly<Record<string, number>>;
  readonly month: Readonly<Record<string, number>>;
  /** Names for routines that are not ready-made (people's own); ids are shown when absent. */
  readonly routineName?: ((id: string) => string) | undefined;
}

function List({
  counts,
  name,
  empty,
  w,
}: {
  counts: Readonly<Record<string, number>>;
  name: (id: string) => string;
  empty: string;
  w: Wording;
}) {
  const entries = Object.entries(counts).sort(([, a], [, b]) => b - a);
  if (entries.length === 0) return <p class="dash-muted">{empty}</p>;
  return (
    <ul class="dash-routines">
      {entries.map(([id, n]) => (
        <li key={id}>
          {name(id)}{' '}
          <span class="dash-muted">
            {w.t('dashboard:routines.times', { value: w.formatNumber(n) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function RoutinesDone({ today, month, routineName }: RoutinesDoneProps) {
  const w = useWording();
  const { t } = w;
  // Ready-made routines are named in the person's language; their own keep the title they gave.
  const name = (id: string): string => {
    const routine = ROUTINES_BY_ID.get(id);
    if (routine) return localizeRoutine(routine, w.language).title;
    return routineName ? routineName(id) : id;
  };
  return (
    <section class="dash-card" aria-labelledby="dash-routines-title">
      <h3 id="dash-routines-title">{t('dashboard:routines.title')}</h3>
      <div class="dash-columns">
        <div>
          <h4>{t('dashboard:routines.today')}</h4>
          <List counts={today} name={name} empty={t('dashboard:routines.noneToday')} w={w} />
        </div>
        <div>
          <h4>{t('dashboard:routines.month')}</h4>
          <List counts={month} name={name} empty={t('dashboard:routines.noneMonth')} w={w} />
        </div>
      </div>
    </section>
  );
}
