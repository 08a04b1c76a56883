import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ScoreChartProps {
  readonly title: string;
  /** Day starts in ms and the posture score per day (null: not enough data). */
  readonly days: readonly { readonly dayStartMs: number; readonly score: number | null }[];
  readonly goal: number;
  readonly summary: string;
}

/** Daily posture score as bars with the goal as a line: the month at a glance. */
export function ScoreChart(props: ScoreChartProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    const x = props.days.map((d) => d.dayStartMs / 1000);
    const chart = new uPlot(
      {
        width: Math.max(280, el.clientWidth || 640),
        height: 180,
        legend: { show: false },
        cursor: { show: false },
        scales: {
          x: { time: true, range: (_u, min, max) => [min - 43_200, max + 43_200] },
          y: { range: [0, 100] },
        },
        axes: [{}, { label: 'score', size: 50 }],
        series: [
          {},
          {
            label: 'Score',
            stroke: '#2f7a5b',
            fill: '#5fae8a',
            paths: uPlot.paths.bars!({ size: [0.8, 40] }),
            points: { show: false },
          },
          { label: 'Goal', stroke: '#b4561f', width: 2, dash: [6, 4], points: { show: false } },
        ],
      },
      [x, props.days.map((d) => d.score), props.days.map(() => props.goal)],
      el,
    );
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(280, el.clientWidth), height: 180 }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props.days, props.goal]);

  return (
    <figure class="dash-chart">
      <figcaption class="dash-chart__title">{props.title}</figcaption>
      <div class="dash-chart__canvas" ref={host} aria-hidden="true" />
      <p class="dash-sr-only">{props.summary}</p>
    </figure>
  );
}
