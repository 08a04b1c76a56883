import { useCallback } from 'preact/hooks';
import uPlot from 'uplot';
import type { StackedSeries } from './chart-data';
import { ChartFrame } from './ChartFrame';
import type { ChartTheme } from './chart-theme';
import { useWording } from '../i18n/use-wording';
import { weekTickLabel, timeLabel } from './format';

export interface StackedBarChartProps {
  /** Visible title; also names the chart for assistive technology. */
  readonly title: string;
  readonly data: StackedSeries;
  readonly unit: string;
  /** The chart's content in words: what a screen reader announces instead of the canvas. */
  readonly summary: string;
  /** One bar's values in words, for the readout on hover and keyboard focus. */
  readonly readout: (idx: number) => string;
  readonly height?: number;
  /** Fixed top of the y scale (e.g. 15 minutes per 15-minute slot); auto when absent. */
  readonly yMax?: number;
  /**
   * 'time': bars start at their x (slots of the day), ticks are times of day.
   * 'days': bars are centred on their x, one tick per bar named by weekday and date.
   */
  readonly ticks: 'time' | 'days';
}

const noZeros = (values: readonly number[]): (number | null)[] =>
  values.map((v) => (v > 0 ? v : null));

/**
 * Upright, slouching and away as stacked bars. The stack is drawn as overlapping bars from the
 * running totals (tallest first), which needs no uPlot bands.
 */
export function StackedBarChart(props: StackedBarChartProps) {
  const { data, unit, yMax, ticks } = props;
  const w = useWording();
  const { t } = w;
  const spec = useCallback(
    (theme: ChartTheme) => {
      const bars = uPlot.paths.bars!({ size: [0.8, 60], align: ticks === 'time' ? 1 : 0 });
      const [upright, slouching, away] = data.cumulative;
      const layer = (label: string, stroke: string, fill: string): uPlot.Series => ({
        label,
        stroke,
        fill,
        width: 1,
        paths: bars,
        points: { show: false },
      });
      const xAxis: uPlot.Axis =
        ticks === 'days'
          ? {
              splits: () => data.x,
              values: (_u, splits) => splits.map((s) => weekTickLabel(w, s * 1000)),
            }
          : { space: 70, values: (_u, splits) => splits.map((s) => timeLabel(w, s * 1000)) };
      return {
        options: {
          // Bars must stand on zero; the top fits the tallest stack unless fixed.
          scales: { y: { range: [0, yMax ?? Math.max(1, ...away) * 1.05] as uPlot.Range.MinMax } },
          axes: [xAxis, { label: unit, size: 50 }],
          series: [
            {},
            layer(t('dashboard:charts.away'), theme.awayLine, theme.away),
            layer(t('dashboard:charts.slouching'), theme.slouchingLine, theme.slouching),
            layer(t('dashboard:charts.upright'), theme.uprightLine, theme.upright),
          ],
        },
        // An empty slot is no bar at all rather than a flat line along the axis.
        data: [data.x, ...[away, slouching, upright].map(noZeros)] as uPlot.AlignedData,
      };
    },
    [data, unit, yMax, ticks, w],
  );

  return (
    <ChartFrame
      title={props.title}
      summary={props.summary}
      x={data.x}
      range={data.range}
      height={props.height}
      spec={spec}
      readout={props.readout}
      legend={
        <p class="dash-chart__legend" aria-hidden="true">
          <span class="dash-key dash-key--upright">{t('dashboard:charts.upright')}</span>
          <span class="dash-key dash-key--slouching">{t('dashboard:charts.slouching')}</span>
          <span class="dash-key dash-key--away">{t('dashboard:charts.away')}</span>
        </p>
      }
    />
  );
}
