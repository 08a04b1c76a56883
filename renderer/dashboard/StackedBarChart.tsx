import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { StackedSeries } from './chart-data';

export interface StackedBarChartProps {
  /** Visible title; also names the chart for assistive technology. */
  readonly title: string;
  readonly data: StackedSeries;
  readonly unit: string;
  /** The chart's content in words: what a screen reader announces instead of the canvas. */
  readonly summary: string;
  /** Width of one bar slot in seconds (so a single bar is not drawn full width). */
  readonly slotSeconds: number;
  readonly height?: number;
  /** Fixed top of the y scale (e.g. 15 minutes per 15-minute slot); auto when absent. */
  readonly yMax?: number;
  /** One labelled tick per bar, named by weekday (for a week of days). */
  readonly dayTicks?: boolean;
}

// Colours follow the status pill: green upright, orange slouching, grey away.
const SERIES = [
  { label: 'Away', stroke: '#8d948f', fill: '#c5cac6' },
  { label: 'Slouching', stroke: '#b4561f', fill: '#e8a47a' },
  { label: 'Upright', stroke: '#2f7a5b', fill: '#5fae8a' },
] as const;

/**
 * Upright, slouching and away as stacked bars. The stack is drawn as overlapping bars from the
 * running totals (tallest first), which needs no uPlot bands and keeps the tooltip out of the way.
 */
export function StackedBarChart(props: StackedBarChartProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    const bars = uPlot.paths.bars!({ size: [0.8, 60] });
    const [upright, slouching, away] = props.data.cumulative;
    const chart = new uPlot(
      {
        width: Math.max(280, el.clientWidth || 640),
        height: props.height ?? 180,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: {
            time: true,
            range: (_u, min, max) => [min - props.slotSeconds / 2, max + props.slotSeconds / 2],
          },
          // Bars must stand on zero; the top fits the tallest stack unless fixed.
          y: { range: [0, props.yMax ?? Math.max(1, ...away) * 1.05] },
        },
        axes: [
          props.dayTicks
            ? {
                splits: () => props.data.x,
                values: (_u, splits) =>
                  splits.map((sec) =>
                    new Date(sec * 1000).toLocaleDateString(undefined, {
                      weekday: 'short',
                      day: 'numeric',
                    }),
                  ),
              }
            : {},
          { label: props.unit, size: 50 },
        ],
        series: [
          {},
          ...SERIES.map((s) => ({
            label: s.label,
            stroke: s.stroke,
            fill: s.fill,
            width: 1,
            paths: bars,
            points: { show: false },
          })),
        ],
      },
      [props.data.x, away, slouching, upright],
      el,
    );
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(280, el.clientWidth), height: props.height ?? 180 }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props.data, props.unit, props.slotSeconds, props.height, props.yMax, props.dayTicks]);

  return (
    <figure class="dash-chart">
      <figcaption class="dash-chart__title">{props.title}</figcaption>
      <div class="dash-chart__canvas" ref={host} aria-hidden="true" />
      <p class="dash-chart__legend" aria-hidden="true">
        <span class="dash-key dash-key--upright">Upright</span>
        <span class="dash-key dash-key--slouching">Slouching</span>
        <span class="dash-key dash-key--away">Away</span>
      </p>
      <p class="dash-sr-only">{props.summary}</p>
    </figure>
  );
}
