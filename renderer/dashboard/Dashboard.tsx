import { useMemo, useState } from 'preact/hooks';
import type { Calendar } from '../../main/core/history/calendar';
import type { ExportFile, ExportFormat } from '../../main/core/history/export-format';
import type { MinuteAggregate } from '../../main/core/history/minute';
import { minutesOfDay, recentDays } from '../../main/core/history/rollup';
import { computeStreaks } from '../../main/core/history/streaks';
import { summarize } from '../../main/core/history/summary';
import { daysStackedData, dayTimelineData, SLOT_MINUTES } from './chart-data';
import { daysSummaryText, monthSummaryText } from './chart-summaries';
import { DataControls } from './DataControls';
import { localCalendar } from './local-calendar';
import { RoutinesDone } from './RoutinesDone';
import { ScoreChart } from './ScoreChart';
import { StackedBarChart } from './StackedBarChart';
import { TodayAtAGlance } from './TodayAtAGlance';
import './dashboard.css';

export interface DashboardProps {
  /** Stored history, sorted by time (HistoryStore.readRange). A year is fine. */
  readonly minutes: readonly MinuteAggregate[];
  readonly nowMs: number;
  /** Produce the export file (usually exportHistory over the stored minutes); the dashboard downloads it. */
  readonly onExport: (format: ExportFormat) => ExportFile | Promise<ExportFile>;
  /** Delete all history; called only after the person confirmed. */
  readonly onDeleteAll: () => void | Promise<void>;
  /** Daily posture score that counts towards a streak (0..100). */
  readonly goalScore?: number;
  /** Routine id -> display name; ids are shown as they are when absent. */
  readonly routineName?: (id: string) => string;
  /** Defaults to the browser's local calendar. */
  readonly calendar?: Calendar;
  /** Which chart shows first. */
  readonly initialRange?: DashboardRange;
}

export type DashboardRange = 'day' | 'week' | 'month';

const DEFAULT_GOAL = 70;

/** Progress: today at a glance, the day's timeline, week and month charts, streaks, routines, export. */
export function Dashboard(props: DashboardProps) {
  const calendar = useMemo(() => props.calendar ?? localCalendar(), [props.calendar]);
  const goal = props.goalScore ?? DEFAULT_GOAL;
  const [range, setRange] = useState<DashboardRange>(props.initialRange ?? 'day');

  // Everything below depends on the time only through the start of today, so a re-render with a
  // later nowMs (the shell re-renders about once a second) recomputes nothing until the day changes.
  const dayStart = calendar.startOfDay(props.nowMs);
  const today = useMemo(
    () => minutesOfDay(props.minutes, calendar, dayStart),
    [props.minutes, calendar, dayStart],
  );
  const todaySummary = useMemo(() => summarize(today), [today]);
  const week = useMemo(
    () => recentDays(props.minutes, calendar, dayStart, 7),
    [props.minutes, calendar, dayStart],
  );
  const month = useMemo(
    () => recentDays(props.minutes, calendar, dayStart, 30),
    [props.minutes, calendar, dayStart],
  );
  const streaks = useMemo(
    () => computeStreaks(props.minutes, calendar, dayStart, goal),
    [props.minutes, calendar, dayStart, goal],
  );
  const monthTotals = useMemo(() => {
    const routines: Record<string, number> = {};
    for (const d of month)
      for (const [id, n] of Object.entries(d.routines)) routines[id] = (routines[id] ?? 0) + n;
    return routines;
  }, [month]);

  const timeline = useMemo(
    () => dayTimelineData(today, calendar, dayStart),
    [today, calendar, dayStart],
  );
  const weekData = useMemo(() => daysStackedData(week), [week]);

  return (
    <section class="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Your progress</h2>
      <TodayAtAGlance summary={todaySummary} streaks={streaks} goal={goal} />

      <section class="dash-card" aria-labelledby="dash-charts-title">
        <h3 id="dash-charts-title">Over time</h3>
        <div class="dash-tabs" role="tablist" aria-label="Time range">
          {(['day', 'week', 'month'] as const).map((r) => (
            <button
              key={r}
              type="button"
              role="tab"
              id={`dash-tab-${r}`}
              aria-selected={range === r}
              aria-controls="dash-tabpanel"
              tabIndex={range === r ? 0 : -1}
              class="dash-tab"
              onClick={() => setRange(r)}
              onKeyDown={(e) => {
                const order: DashboardRange[] = ['day', 'week', 'month'];
                const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                if (step === 0) return;
                const next = order[(order.indexOf(r) + step + order.length) % order.length]!;
                setRange(next);
                document.getElementById(`dash-tab-${next}`)?.focus();
              }}
            >
              {r === 'day' ? 'Today' : r === 'week' ? 'Week' : 'Month'}
            </button>
          ))}
        </div>
        <div
          id="dash-tabpanel"
          role="tabpanel"
          aria-labelledby={`dash-tab-${range}`}
          data-range={range}
        >
          {range === 'day' && (
            <StackedBarChart
              title="Today's timeline (minutes per 15-minute slot)"
              data={timeline}
              unit="minutes"
              slotSeconds={SLOT_MINUTES * 60}
              yMax={SLOT_MINUTES}
              summary={
                today.length === 0
                  ? 'No posture data yet today.'
                  : `Today: ${Math.round(todaySummary.uprightS / 60)} minutes upright, ${Math.round(todaySummary.slouchingS / 60)} minutes slouching, ${Math.round(todaySummary.awayS / 60)} minutes away.`
              }
            />
          )}
          {range === 'week' && (
            <StackedBarChart
              title="Last 7 days (hours per day)"
              data={weekData}
              unit="hours"
              slotSeconds={86_400}
              dayTicks
              summary={daysSummaryText(week)}
            />
          )}
          {range === 'month' && (
            <ScoreChart
              title={`Last 30 days: daily posture score (goal ${goal})`}
              days={month}
              goal={goal}
              summary={monthSummaryText(month, goal)}
            />
          )}
        </div>
      </section>

      <RoutinesDone
        today={todaySummary.routines}
        month={monthTotals}
        routineName={props.routineName}
      />
      <DataControls
        minuteCount={props.minutes.length}
        onExport={props.onExport}
        onDeleteAll={props.onDeleteAll}
      />
    </section>
  );
}
