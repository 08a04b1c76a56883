import type { Streaks } from '../../shared/core/history/streaks';
import type { HistorySummary } from '../../shared/core/history/summary';
import { useWording } from '../i18n/use-wording';
import { formatNumber, formatPercent, formatScore } from './format';
import { breaksNote, scoreNote, streakNote, uprightNote } from './glance-text';

export interface TodayAtAGlanceProps {
  readonly summary: HistorySummary;
  readonly streaks: Streaks;
  readonly goal: number;
  /** Nudges shown today that history has not saved yet (it saves whole minutes). */
  readonly unsavedNudges?: number;
}

/** The four numbers people look for first, plus the streak. */
export function TodayAtAGlance({ summary, streaks, goal, unsavedNudges = 0 }: TodayAtAGlanceProps) {
  const w = useWording();
  const { t } = w;
  return (
    <section class="dash-card" aria-labelledby="dash-today-title">
      <h3 id="dash-today-title">{t('dashboard:glance.title')}</h3>
      <dl class="dash-stats">
        <div class="dash-stat" data-stat="score">
          <dt>{t('dashboard:glance.score')}</dt>
          <dd>
            <span class="dash-stat__value">{formatScore(w, summary.score)}</span>
            <span class="dash-stat__note">{scoreNote(w, summary, goal)}</span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="upright">
          <dt>{t('dashboard:glance.upright')}</dt>
          <dd>
            <span class="dash-stat__value">{formatPercent(w, summary.uprightShare)}</span>
            <span class="dash-stat__note">{uprightNote(w, summary)}</span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="nudges">
          <dt>{t('dashboard:glance.nudges')}</dt>
          <dd>
            <span class="dash-stat__value">{formatNumber(w, summary.nudges + unsavedNudges)}</span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="breaks">
          <dt>{t('dashboard:glance.breaks')}</dt>
          <dd>
            <span class="dash-stat__value">{formatNumber(w, summary.breaksTaken)}</span>
            <span class="dash-stat__note">
              {breaksNote(w, summary.breaksTaken, summary.breaksPostponed, summary.breaksSkipped)}
            </span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="streak">
          <dt>{t('dashboard:glance.streak')}</dt>
          <dd>
            <span class="dash-stat__value">{formatNumber(w, streaks.current)}</span>
            <span class="dash-stat__note">
              {streakNote(w, streaks.current, streaks.longest, goal)}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
