import type { Streaks } from '../../main/core/history/streaks';
import type { HistorySummary } from '../../main/core/history/summary';
import { formatDuration, formatPercent, formatScore } from './format';

export interface TodayAtAGlanceProps {
  readonly summary: HistorySummary;
  readonly streaks: Streaks;
  readonly goal: number;
}

/** The four numbers people look for first, plus the streak. */
export function TodayAtAGlance({ summary, streaks, goal }: TodayAtAGlanceProps) {
  const breaks = summary.breaksTaken + summary.breaksPostponed + summary.breaksSkipped;
  return (
    <section class="dash-card" aria-labelledby="dash-today-title">
      <h3 id="dash-today-title">Today at a glance</h3>
      <dl class="dash-stats">
        <div class="dash-stat" data-stat="score">
          <dt>Posture score</dt>
          <dd>
            <span class="dash-stat__value">{formatScore(summary.score)}</span>
            <span class="dash-stat__note">
              {summary.score === null ? 'after 5 minutes at the desk' : `of 100 · goal ${goal}`}
            </span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="upright">
          <dt>Upright</dt>
          <dd>
            <span class="dash-stat__value">{formatPercent(summary.uprightShare)}</span>
            <span class="dash-stat__note">
              {formatDuration(summary.uprightS)} of {formatDuration(summary.presentS)} at the desk
            </span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="nudges">
          <dt>Nudges</dt>
          <dd>
            <span class="dash-stat__value">{summary.nudges}</span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="breaks">
          <dt>Breaks taken</dt>
          <dd>
            <span class="dash-stat__value">{summary.breaksTaken}</span>
            <span class="dash-stat__note">
              of {breaks}
              {summary.breaksPostponed ? ` · ${summary.breaksPostponed} postponed` : ''}
              {summary.breaksSkipped ? ` · ${summary.breaksSkipped} skipped` : ''}
            </span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="streak">
          <dt>Streak</dt>
          <dd>
            <span class="dash-stat__value">{streaks.current}</span>
            <span class="dash-stat__note">
              {streaks.current === 1 ? 'day' : 'days'} at score {goal}+ · best {streaks.longest}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
