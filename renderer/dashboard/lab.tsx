import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { exportHistory } from '../../shared/core/history/export-format';
import type { HistoryStore } from '../../shared/core/history/history-store';
import type { MinuteAggregate } from '../../shared/core/history/minute';
import { generateSampleHistory } from '../../shared/core/history/sample-history';
import { createIndexedDbHistoryStore } from '../history/indexeddb-history-store';
import { ROUTINES } from '../routines/content/catalogue';
import { routineNamer } from '../shell/views/routine-names';
import { Dashboard, type DashboardRange } from './Dashboard';
import { localCalendar } from './local-calendar';
// The app's theme variables (light and dark), so the lab looks as the dashboard does in the app.
import '../shell/shell.css';

/**
 * Test bench for the dashboard over the browser store (Playwright and people trying it out).
 *   dashboard-lab.html?seed=year   replace the store with a generated heavy year (~200k minutes)
 *   dashboard-lab.html?seed=week   a light week
 *   &view=day|week|month           which chart shows first
 *   dashboard-lab.html?lab=onboarding   the onboarding flow with the real camera and pose model
 * Timings land in window.poiseDashboardLab.timings and on <body data-*> when the chart is painted.
 */
const params = new URLSearchParams(location.search);
const store = createIndexedDbHistoryStore('poise-history-lab');
const nowMs = Date.now();
const calendar = localCalendar();
const routineName = routineNamer(null);

interface LabTimings {
  seedMs?: number;
  readMs?: number;
  /** From navigation start to the first chart painted (after data was read). */
  firstPaintMs?: number;
  minutes?: number;
}
const timings: LabTimings = {};

declare global {
  interface Window {
    poiseDashboardLab?: {
      timings: LabTimings;
      readAll(): Promise<readonly MinuteAggregate[]>;
      /** The IndexedDB store itself, for contract tests in a real browser. */
      store: HistoryStore;
      /** A second store on its own database, so contract tests never touch the lab's data. */
      scratchStore(name: string): HistoryStore;
    };
  }
}
window.poiseDashboardLab = {
  timings,
  readAll: async () => (await store.readRange(0, Number.MAX_SAFE_INTEGER)).minutes,
  store,
  scratchStore: (name) => createIndexedDbHistoryStore(name),
};

async function seed(kind: string | null): Promise<void> {
  if (kind !== 'year' && kind !== 'week') return;
  const start = performance.now();
  await store.deleteAll();
  const minutes = generateSampleHistory({
    calendar,
    endMs: nowMs,
    days: kind === 'year' ? 365 : 7,
    minutesPerDay: kind === 'year' ? 548 : 420,
    weekends: true,
    routineIds: ROUTINES.map((routine) => routine.id),
  });
  for (let i = 0; i < minutes.length; i += 20_000) await store.append(minutes.slice(i, i + 20_000));
  timings.seedMs = Math.round(performance.now() - start);
}

function Lab() {
  const [minutes, setMinutes] = useState<readonly MinuteAggregate[] | null>(null);

  const reload = async (): Promise<void> => {
    const start = performance.now();
    const read = await store.readRange(0, Number.MAX_SAFE_INTEGER);
    timings.readMs = Math.round(performance.now() - start);
    timings.minutes = read.minutes.length;
    setMinutes(read.minutes);
  };

  useEffect(() => {
    void seed(params.get('seed')).then(reload);
  }, []);

  useEffect(() => {
    if (!minutes) return;
    // Two frames: the first lets uPlot lay out and draw, the second is after it reached the screen.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        timings.firstPaintMs ??= Math.round(performance.now());
        document.body.dataset.ready = 'true';
        document.body.dataset.minutes = String(minutes.length);
      }),
    );
  }, [minutes]);

  if (!minutes) return <p role="status">Loading history…</p>;
  return (
    <main>
      <Dashboard
        minutes={minutes}
        nowMs={nowMs}
        calendar={calendar}
        routineName={routineName}
        initialRange={(params.get('view') as DashboardRange | null) ?? 'day'}
        onExport={async (format) =>
          exportHistory(
            (await store.readRange(0, Number.MAX_SAFE_INTEGER)).minutes,
            format,
            Date.now(),
          )
        }
        onDeleteAll={async () => {
          await store.deleteAll();
          await reload();
        }}
      />
    </main>
  );
}

const root = document.getElementById('root')!;
if (params.get('lab') === 'onboarding') {
  // One lab page serves both of this feature's benches (vite builds only the pages it lists).
  void import('../onboarding/lab').then(({ mountOnboardingLab }) => mountOnboardingLab(root));
} else {
  render(<Lab />, root);
}
