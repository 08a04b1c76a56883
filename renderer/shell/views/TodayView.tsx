import { useEffect, useState } from 'preact/hooks';
import { DAY_MS } from '../../../shared/core/history/civil-date';
import type { MinuteAggregate } from '../../../shared/core/history/minute';
import type { PoiseApi } from '../../../shared/ipc/contract';
import { Dashboard } from '../../dashboard/Dashboard';
import { useUnsavedNudges } from '../../dashboard/use-unsaved-nudges';
import { useWording } from '../../i18n/use-wording';
import { routineNamer } from './routine-names';
import { useSettings } from './use-settings';

/** Today at a glance and the history charts, read through the contract and re-read as minutes land. */
export function TodayView(props: { api: PoiseApi }) {
  const { api } = props;
  const settings = useSettings(api);
  const [minutes, setMinutes] = useState<readonly MinuteAggregate[] | null>(null);
  const [unreadable, setUnreadable] = useState<number>(0);
  const unsavedNudges = useUnsavedNudges(api, minutes);
  const { t, formatNumber } = useWording();

  useEffect(() => {
    const load = (): void => {
      const now = Date.now();
      // A little over a year: the month view and streaks never need more.
      void api
        .invoke('history:read', { fromMs: now - 400 * DAY_MS, toMs: now + DAY_MS })
        .then((result) => {
          setMinutes(result.minutes);
          setUnreadable(result.skipped + result.unreadable.length);
        });
    };
    load();
    return api.on('history:changed', load);
  }, [api]);

  if (!minutes) return <p>{t('shell:today.loading')}</p>;
  return (
    <>
      {unreadable > 0 && (
        <p class="notice" role="note">
          {t('shell:today.damaged', { count: unreadable, number: formatNumber(unreadable) })}
        </p>
      )}
      <Dashboard
        minutes={minutes}
        nowMs={Date.now()}
        goalScore={settings?.history.dailyGoalScore}
        routineName={routineNamer(settings)}
        unsavedNudgesAtMs={unsavedNudges.shownAtMs}
        onExport={(format) => api.invoke('history:export', format)}
        onDeleteAll={async () => {
          unsavedNudges.forget();
          await api.invoke('history:delete-all');
        }}
      />
    </>
  );
}
