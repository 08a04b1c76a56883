import type { Streaks } from '../../main/core/history/streaks';
import type { HistorySummary } from '../../main/core/history/summary';
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
  return (
    <section class="dash-card" aria-labelledby="dash-today-title">
      <h3 id="dash-today-title">Today at a glance</h3>
      <dl class="dash-stats">
        <div class="dash-stat" data-stat="score">
          <dt>Posture score</dt>
          <dd>
            <span class="dash-stat__value">{formatScore(summary.score)}</span>
            <span class="dash-stat__note">{scoreNote(summary, goal)}</span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="upright">
          <dt>Upright</dt>
          <dd>
            <span class="dash-stat__value">{formatPercent(summary.uprightShare)}</span>
            <span class="dash-stat__note">{uprightNote(summary)}</span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="nudges">
          <dt>Nudges</dt>
          <dd>
            <span class="dash-stat__value">{formatNumber(summary.nudges + unsavedNudges)}</span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="breaks">
          <dt>Breaks taken</dt>
          <dd>
            <span class="dash-stat__value">{formatNumber(summary.breaksTaken)}</span>
            <span class="dash-stat__note">
              {breaksNote(summary.breaksTaken, summary.breaksPostponed, summary.breaksSkipped)}
            </span>
          </dd>
        </div>
        <div class="dash-stat" data-stat="streak">
          <dt>Streak</dt>
          <dd>
            <span class="dash-stat__value">{formatNumber(streaks.current)}</span>
            <span class="dash-stat__note">
              {streakNote(streaks.current, streaks.longest, goal)}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
