import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useT } from '../i18n/use-wording';
import type { XRange } from './chart-data';
import { readChartTheme, useColorScheme, type ChartTheme } from './chart-theme';

/** What a chart brings of its own: every scale but x, axes (themed here), series, hooks. */
export interface ChartSpec {
  readonly options: Omit<uPlot.Options, 'width' | 'height'>;
  readonly data: uPlot.AlignedData;
}

export interface ChartFrameProps {
  /** Visible title; also names the chart for assistive technology. */
  readonly title: string;
  /** The chart's content in words: what a screen reader gets instead of the canvas. */
  readonly summary: string;
  /** Visible key to the colours (the summary says the same in words). */
  readonly legend?: ComponentChildren;
  readonly height?: number;
  /** x values in seconds, to step through with the arrow keys. */
  readonly x: readonly number[];
  /** The x scale, fixed (see StackedSeries.range for why uPlot must not pick it). */
  readonly range: XRange;
  /** Builds the chart for a theme. Memoise it: the chart is built again whenever it changes. */
  readonly spec: (theme: ChartTheme) => ChartSpec;
  /** The values at one x index in words: shown under the chart on hover and keyboard focus. */
  readonly readout: (idx: number) => string;
}

const MIN_WIDTH = 280;

function themedAxes(axes: readonly uPlot.Axis[] | undefined, theme: ChartTheme): uPlot.Axis[] {
  return (axes ?? []).map((axis) => ({
    stroke: theme.text,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
    ...axis,
  }));
}

/**
 * A uPlot chart in a figure: theme colours from CSS, the size of its box, a readout of the values
 * under the pointer or at the keyboard's position, and the summary for screen readers.
 */
export function ChartFrame(props: ChartFrameProps) {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const [idx, setIdx] = useState<number | null>(null);
  const scheme = useColorScheme();
  const height = props.height ?? 180;

  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    const theme = readChartTheme(el);
    const { options, data } = props.spec(theme);
    const [min, max] = props.range;
    // Kept on the element so tests (and curious people) can see what the axis covers.
    const showScale = (u: uPlot): void => {
      el.dataset.xMin = String(u.scales.x?.min);
      el.dataset.xMax = String(u.scales.x?.max);
    };
    const chart = new uPlot(
      {
        ...options,
        width: Math.max(MIN_WIDTH, el.clientWidth || 640),
        height,
        legend: { show: false },
        cursor: {
          x: true,
          y: false,
          points: { show: false },
          drag: { x: false, y: false, setScale: false },
        },
        scales: {
          ...options.scales,
          x: { time: true, range: (): uPlot.Range.MinMax => [min, max] },
        },
        axes: themedAxes(options.axes, theme),
        hooks: {
          ...options.hooks,
          setCursor: [(u) => setIdx(u.cursor.idx ?? null)],
          setScale: [(u, key) => key === 'x' && showScale(u)],
        },
      },
      data,
      el,
    );
    chartRef.current = chart;
    showScale(chart);
    setIdx(null);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(MIN_WIDTH, el.clientWidth), height }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      chartRef.current = null;
      chart.destroy();
    };
  }, [props.spec, props.range, height, scheme]);

  /** Move uPlot's cursor to a bar: the hook above turns that into the readout. */
  const pointAt = (next: number | null): void => {
    const chart = chartRef.current;
    if (!chart) return;
    if (next === null) chart.setCursor({ left: -10, top: -10 });
    else chart.setCursor({ left: chart.valToPos(props.x[next]!, 'x'), top: 0 });
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    const last = props.x.length - 1;
    if (last < 0) return;
    // From nothing selected, → starts at the first bar and ← at the last.
    const targets: Record<string, () => number> = {
      ArrowLeft: () => Math.max(0, (idx ?? last + 1) - 1),
      ArrowRight: () => Math.min(last, (idx ?? -1) + 1),
      Home: () => 0,
      End: () => last,
    };
    const target = targets[e.key];
    if (!target) return;
    e.preventDefault();
    pointAt(target());
  };

  const summaryId = useId();
  return (
    <figure class="dash-chart">
      <figcaption class="dash-chart__title">{props.title}</figcaption>
      <div
        class="dash-chart__plot"
        role="group"
        tabIndex={0}
        aria-label={t('dashboard:charts.keysLabel', { title: props.title })}
        aria-describedby={summaryId}
        onKeyDown={onKeyDown}
        onBlur={() => pointAt(null)}
      >
        <div class="dash-chart__canvas" ref={host} aria-hidden="true" />
      </div>
      <p class="dash-chart__readout" aria-live="polite">
        {idx === null ? t('dashboard:charts.hint') : props.readout(idx)}
      </p>
      {props.legend}
      <p id={summaryId} class="dash-sr-only">
        {props.summary}
      </p>
    </figure>
  );
}
