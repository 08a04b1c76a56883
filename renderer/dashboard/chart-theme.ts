import { useEffect, useState } from 'preact/hooks';

/**
 * Chart colours, read from the dashboard's CSS custom properties (dashboard.css), which follow the
 * app's theme variables and prefers-color-scheme. A canvas cannot use CSS, so uPlot gets resolved
 * colour strings and the chart is drawn again when the scheme changes.
 */
export interface ChartTheme {
  /** Axis labels and tick values. */
  readonly text: string;
  readonly grid: string;
  readonly upright: string;
  readonly uprightLine: string;
  readonly slouching: string;
  readonly slouchingLine: string;
  readonly away: string;
  readonly awayLine: string;
  readonly goal: string;
  /** The mark above a bar that met the goal. */
  readonly mark: string;
}

const VARIABLES: Readonly<Record<keyof ChartTheme, string>> = {
  text: '--dash-axis',
  grid: '--dash-grid',
  upright: '--dash-upright',
  uprightLine: '--dash-upright-line',
  slouching: '--dash-slouching',
  slouchingLine: '--dash-slouching-line',
  away: '--dash-away',
  awayLine: '--dash-away-line',
  goal: '--dash-goal',
  mark: '--dash-mark',
};

export function readChartTheme(el: Element): ChartTheme {
  const style = getComputedStyle(el);
  const entries = Object.entries(VARIABLES).map(([key, name]) => [
    key,
    // A canvas cannot resolve currentColor; mid grey reads on light and dark alike.
    style.getPropertyValue(name).trim() || '#808080',
  ]);
  return Object.fromEntries(entries) as unknown as ChartTheme;
}

const DARK = '(prefers-color-scheme: dark)';

/** 'dark' or 'light', following the system setting as it changes (charts redraw on a change). */
export function useColorScheme(): 'dark' | 'light' {
  const [dark, setDark] = useState(
    () => typeof matchMedia === 'function' && matchMedia(DARK).matches,
  );
  useEffect(() => {
    if (typeof matchMedia !== 'function') return undefined;
    const query = matchMedia(DARK);
    const update = (): void => setDark(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return dark ? 'dark' : 'light';
}
