import { useMemo, useState } from 'preact/hooks';
import type { Calendar } from '../../shared/core/history/calendar';
import type { ExportFile, ExportFormat } from '../../shared/core/history/export-format';
import type { MinuteAggregate } from '../../shared/core/history/minute';
import { minutesOfDay, recentDays } from '../../shared/core/history/rollup';
import { slouchPattern } from '../../shared/core/history/slouch-pattern';
import { computeStreaks } from '../../shared/core/history/streaks';
import { summarize } from '../../shared/core/history/summary';
import { daysStackedData, dayTimelineData, SLOT_MINUTES } from './chart-data';
import {
  dayReadout,
  daysSummaryText,
  monthSummaryText,
  slotReadout,
  todaySummaryText,
} from './chart-summaries';
import { useWording } from '../i18n/use-wording';
import { DataControls } from './DataControls';
import { localCalendar } from './local-calendar';
import { RoutinesDone } from './RoutinesDone';
import { ScoreChart } from './ScoreChart';
import { SlouchInsight } from './SlouchInsight';
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
  /** When nudges were shown that `minutes` does not hold yet (see unsavedNudges). */
  readonly unsavedNudgesAtMs?: readonly number[];
}

export type DashboardRange = 'day' | 'week' | 'month';
const RANGES: readonly DashboardRange[] = ['day', 'week', 'month'];

const DEFAULT_GOAL = 70;
const HOUR_MS = 3_600_000;
const SLOT_SECONDS = SLOT_MINUTES * 60;

/** Progress: today at a glance, the day's timeline, week and month charts, streaks, routines, export. */
export function Dashboard(props: DashboardProps) {
  const calendar = useMemo(() => props.calendar ?? localCalendar(), [props.calendar]);
  const goal = props.goalScore ?? DEFAULT_GOAL;
  const w = useWording();
  const { t } = w;
  const [range, setRange] = useState<DashboardRange>(props.initialRange ?? 'day');

  // What follows depends on the time only through the start of today (the timeline also on the
  // hour), so a re-render with a later nowMs (the shell re-renders about once a second) recomputes
  // nothing until the day changes.
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

  const pattern = useMemo(
    () => slouchPattern(props.minutes, calendar, dayStart),
    [props.minutes, calendar, dayStart],
  );

  // The timeline reaches up to the current hour, so it is rebuilt once an hour, not every second.
  const hour = Math.floor((props.nowMs - dayStart) / HOUR_MS);
  const timeline = useMemo(
    () => dayTimelineData(today, calendar, props.nowMs),
    [today, calendar, hour],
  );
  const weekData = useMemo(() => daysStackedData(week), [week]);
  const unsavedNudges = (props.unsavedNudgesAtMs ?? []).filter((at) => at >= dayStart).length;

  return (
    <section class="dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('dashboard:title')}</h2>
      <TodayAtAGlance
        summary={todaySummary}
        streaks={streaks}
        goal={goal}
        unsavedNudges={unsavedNudges}
      />

      <section class="dash-card" aria-labelledby="dash-charts-title">
        <h3 id="dash-charts-title">{t('dashboard:charts.overTime')}</h3>
        <div class="dash-tabs" role="tablist" aria-label={t('dashboard:charts.range')}>
          {RANGES.map((r) => (
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
                const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                if (step === 0) return;
                const next = RANGES[(RANGES.indexOf(r) + step + RANGES.length) % RANGES.length]!;
                setRange(next);
                document.getElementById(`dash-tab-${next}`)?.focus();
              }}
            >
              {r === 'day'
                ? t('dashboard:charts.tabDay')
                : r === 'week'
                  ? t('dashboard:charts.tabWeek')
                  : t('dashboard:charts.tabMonth')}
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
              title={t('dashboard:charts.dayTitle')}
              data={timeline}
              unit={t('dashboard:charts.unitMinutes')}
              ticks="time"
              yMax={SLOT_MINUTES}
              summary={todaySummaryText(w, todaySummary)}
              readout={(i) => slotReadout(w, timeline, SLOT_SECONDS, i)}
            />
          )}
          {range === 'week' && (
            <StackedBarChart
              title={t('dashboard:charts.weekTitle')}
              data={weekData}
              unit={t('dashboard:charts.unitHours')}
              ticks="days"
              summary={daysSummaryText(w, week)}
              readout={(i) => dayReadout(w, week[i]!)}
            />
          )}
          {range === 'month' && (
            <ScoreChart
              title={t('dashboard:charts.monthTitle', { goal: w.formatNumber(goal) })}
              days={month}
              goal={goal}
              summary={monthSummaryText(w, month, goal)}
            />
          )}
        </div>
      </section>

      <SlouchInsight pattern={pattern} />
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
