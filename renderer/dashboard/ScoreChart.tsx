import { useCallback, useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import type { DaySummary } from '../../shared/core/history/rollup';
import { useWording } from '../i18n/use-wording';
import { scoreChartData } from './chart-data';
import { ChartFrame } from './ChartFrame';
import type { ChartTheme } from './chart-theme';
import { scoreReadout } from './chart-summaries';
import { dateTickLabel } from './format';

export interface ScoreChartProps {
  readonly title: string;
  readonly days: readonly DaySummary[];
  readonly goal: number;
  readonly summary: string;
}

/** Drawn above each bar that met the goal: the cue that does not rely on colour. */
export const GOAL_MET_MARK = '✓';

/**
 * Daily posture score as bars with the goal as a line: the month at a glance. Days that met the
 * goal (the streak's rule) are green with a check mark, days below it orange, and days with too
 * little time at the desk to count grey.
 */
export function ScoreChart(props: ScoreChartProps) {
  const { days, goal } = props;
  const w = useWording();
  const { t } = w;
  const series = useMemo(() => scoreChartData(days, goal), [days, goal]);

  const spec = useCallback(
    (theme: ChartTheme) => {
      const bars = uPlot.paths.bars!({ size: [0.8, 40] });
      const layer = (label: string, stroke: string, fill: string): uPlot.Series => ({
        label,
        stroke,
        fill,
        paths: bars,
        points: { show: false },
      });
      const drawMarks = (u: uPlot): void => {
        const ctx = u.ctx;
        ctx.save();
        ctx.fillStyle = theme.mark;
        ctx.font = `bold ${Math.round(13 * devicePixelRatio)}px system-ui, sans-serif`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        series.met.forEach((score, i) => {
          if (score === null) return;
          const x = u.valToPos(series.x[i]!, 'x', true);
          const y = u.valToPos(score, 'y', true) - 2 * devicePixelRatio;
          ctx.fillText(GOAL_MET_MARK, x, y);
        });
        ctx.restore();
      };
      return {
        options: {
          // Room above 100 for the check mark over a perfect day.
          scales: { y: { range: [0, 110] as uPlot.Range.MinMax } },
          axes: [
            {
              // A tick a week, ending on today.
              splits: () => series.x.filter((_, i) => (series.x.length - 1 - i) % 7 === 0),
              values: (_u: uPlot, splits: number[]) =>
                splits.map((s) => dateTickLabel(w, s * 1000)),
            },
            {
              label: t('dashboard:charts.unitScore'),
              size: 50,
              splits: () => [0, 25, 50, 75, 100],
            },
          ],
          series: [
            {},
            layer(t('dashboard:charts.metGoal'), theme.uprightLine, theme.upright),
            layer(t('dashboard:charts.belowGoal'), theme.slouchingLine, theme.slouching),
            layer(t('dashboard:charts.tooLittle'), theme.awayLine, theme.away),
            {
              label: t('dashboard:charts.goal'),
              stroke: theme.goal,
              width: 2,
              dash: [6, 4],
              points: { show: false },
            },
          ],
          hooks: { draw: [drawMarks] },
        },
        data: [
          series.x,
          series.met,
          series.missed,
          series.rest,
          series.x.map(() => goal),
        ] as uPlot.AlignedData,
      };
    },
    [series, goal, w],
  );

  return (
    <ChartFrame
      title={props.title}
      summary={props.summary}
      x={series.x}
      range={series.range}
      spec={spec}
      readout={(i) => scoreReadout(w, days[i]!, goal)}
      legend={
        <p class="dash-chart__legend" aria-hidden="true">
          <span class="dash-key dash-key--upright">
            {`${GOAL_MET_MARK} ${t('dashboard:charts.metGoalFrom', { goal: w.formatNumber(goal) })}`}
          </span>
          <span class="dash-key dash-key--slouching">{t('dashboard:charts.belowGoal')}</span>
          <span class="dash-key dash-key--away">{t('dashboard:charts.tooLittle')}</span>
          <span class="dash-key dash-key--goal">{t('dashboard:charts.goal')}</span>
        </p>
      }
    />
  );
}
