import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MonitorStatus } from '../../../shared/core/posture-status';
import { MODEL_BASE_URL, WASM_BASE_URL } from '../../pose/model-files';
import { createMonitor, type Monitor } from '../../pose/monitor';
import { ITEMS_BY_ID } from '../content/catalogue';
import { RoutineLibrary } from '../library/RoutineLibrary';
import type { MoveId } from '../moves/move-ids';
import { fastClock, manualClock, realClock, type PlayerClock } from '../player/clock';
import { createMoveCheckerHub, type MoveCheckerHub } from '../player/move-checker';
import type { PlayerSummary } from '../player/player-state';
import { RoutinePlayer } from '../player/RoutinePlayer';
import type { Speaker } from '../player/speaker';
import { DoctorDialog } from '../safety/DoctorDialog';
import {
  resolveRoutineById,
  singleItemRoutine,
  type ResolvedRoutine,
} from '../selection/resolve-routine';
import { emptyRoutineStore, type RoutineStore } from '../selection/routine-store';
import './lab.css';

/**
 * Test bench for the routine player (Playwright, and people trying routines in a browser).
 *   routines-lab.html                      the routine library (favourite, hide, build, play)
 *   ?routine=ID                            play a ready-made routine, or item-ITEM_ID for one item
 *   &clock=fast | &clock=N                 run the clock 30x (or N x) faster
 *   &clock=manual                          time moves only by window.__routinesLab.advance(ms)
 *   &pregnant=1                            apply the pregnancy filter
 *   &speech=record                         record spoken cues in window.__routinesLab.spoken
 *   &reduced=1                             force reduced motion
 *   &camera=1                              feed pose-checked steps from the real camera pipeline
 *   &move=MOVE&seconds=N&delay=S           a single practice step for MOVE lasting N s, started after S s
 * Results land in window.__routinesLab and in the page (never a frame: keypoints only).
 */
interface LabState {
  result: { kind: 'finished' | 'ended'; summary: PlayerSummary } | null;
  spoken: string[];
  doctorOpened: number;
  monitorStatus: MonitorStatus | null;
  samples: number;
  store: RoutineStore | null;
  /** With clock=manual: move the player's time on, ticking as real time would. */
  advance: (ms: number) => void;
}

declare global {
  interface Window {
    __routinesLab: LabState;
  }
}

const lab: LabState = {
  result: null,
  spoken: [],
  doctorOpened: 0,
  monitorStatus: null,
  samples: 0,
  store: null,
  advance: () => {
    throw new Error('advance needs clock=manual');
  },
};
window.__routinesLab = lab;

const params = new URLSearchParams(location.search);
const pregnant = params.get('pregnant') === '1';
const clockParam = params.get('clock');
function labClock(): PlayerClock {
  if (clockParam === 'manual') {
    const manual = manualClock(performance.now());
    lab.advance = (ms) => manual.advance(ms);
    return manual;
  }
  if (clockParam === 'fast') return fastClock(30);
  if (clockParam && Number(clockParam) > 0) return fastClock(Number(clockParam));
  return realClock;
}
const clock = labClock();
const reduced = params.get('reduced') === '1' ? true : undefined;
const recordingSpeaker: Speaker = {
  speak: (text) => lab.spoken.push(text),
  cancel: () => undefined,
};
const speaker = params.get('speech') === 'record' ? recordingSpeaker : undefined;

function practiceRoutine(move: MoveId, seconds: number): ResolvedRoutine {
  const item = [...ITEMS_BY_ID.values()].find((candidate) =>
    candidate.steps.some((step) => step.move?.id === move),
  );
  if (!item) throw new Error(`no item uses ${move}`);
  const step = item.steps.find((candidate) => candidate.move?.id === move)!;
  return {
    ...singleItemRoutine(item),
    id: `practice-${move}`,
    title: `Practise: ${item.title}`,
    items: [
      {
        ...item,
        durationSeconds: seconds,
        steps: [{ ...step, seconds, move: { id: move, targetReps: 20 } }],
      },
    ],
    durationSeconds: seconds,
  };
}

function chosenRoutine(): ResolvedRoutine | undefined {
  const move = params.get('move') as MoveId | null;
  if (move) return practiceRoutine(move, Number(params.get('seconds') ?? 60));
  const id = params.get('routine');
  if (!id) return undefined;
  const item = id.startsWith('item-') ? ITEMS_BY_ID.get(id.slice(5)) : undefined;
  return item ? singleItemRoutine(item) : resolveRoutineById(id, [], { hidden: [], pregnant });
}

function useCamera(enabled: boolean): MoveCheckerHub | undefined {
  const [hub] = useState(() => (enabled ? createMoveCheckerHub() : undefined));
  useEffect(() => {
    if (!hub) return;
    const monitor: Monitor = createMonitor({
      modelBaseUrl: MODEL_BASE_URL,
      wasmBaseUrl: WASM_BASE_URL,
      settings: { cameraId: '', allowWebgl: false },
      onStatus: (status) => {
        lab.monitorStatus = status;
      },
      onSample: (sample) => {
        lab.samples += 1;
        hub.push(sample);
      },
    });
    monitor.setMode('exercise');
    void monitor.start();
    return () => monitor.dispose();
  }, [hub]);
  return hub;
}

/** No routine in the URL: the library, with an in-memory store, playing routines in place. */
function LibraryLab() {
  const [store, setStore] = useState<RoutineStore>(emptyRoutineStore());
  const [playing, setPlaying] = useState<ResolvedRoutine | null>(null);
  const [doctorOpen, setDoctorOpen] = useState(false);
  lab.store = store;
  if (playing) return <Lab routine={playing} onBack={() => setPlaying(null)} />;
  return (
    <main class="routines-lab">
      <h1>Routines lab</h1>
      <RoutineLibrary
        store={store}
        pregnant={pregnant}
        onChange={setStore}
        onPlay={setPlaying}
        onOpenDoctorPage={() => setDoctorOpen(true)}
      />
      <DoctorDialog
        open={doctorOpen}
        class="routines-lab__dialog"
        onClose={() => setDoctorOpen(false)}
      />
    </main>
  );
}

function Lab({ routine, onBack }: { routine: ResolvedRoutine; onBack?: () => void }) {
  const hub = useCamera(params.get('camera') === '1');
  const [doctorOpen, setDoctorOpen] = useState(false);
  const [result, setResult] = useState<LabState['result']>(null);
  const [started, setStarted] = useState(!params.get('delay'));
  useEffect(() => {
    if (started) return;
    const id = setTimeout(() => setStarted(true), Number(params.get('delay')) * 1000);
    return () => clearTimeout(id);
  }, [started]);
  const report = (kind: 'finished' | 'ended') => (summary: PlayerSummary) => {
    lab.result = { kind, summary };
    setResult(lab.result);
  };
  return (
    <main class="routines-lab">
      <p>
        {onBack ? (
          <button type="button" class="routine-link" onClick={onBack}>
            All routines
          </button>
        ) : (
          <a href="?">All routines</a>
        )}
      </p>
      {started ? (
        <RoutinePlayer
          routine={routine}
          clock={clock}
          spokenCues={speaker !== undefined}
          speaker={speaker ?? null}
          reducedMotion={reduced}
          moveChecker={hub?.checker}
          onFinish={report('finished')}
          onEnd={report('ended')}
          onOpenDoctorPage={() => {
            lab.doctorOpened += 1;
            setDoctorOpen(true);
          }}
        />
      ) : (
        <p role="status">Getting ready…</p>
      )}
      <DoctorDialog
        open={doctorOpen}
        class="routines-lab__dialog"
        onClose={() => setDoctorOpen(false)}
      />
      {result && (
        <output
          class="routines-lab__result"
          data-testid="routine-result"
          data-outcome={result.kind}
        >
          {result.kind}: {result.summary.completedSteps} of {result.summary.totalSteps} steps done,{' '}
          {result.summary.skippedSteps} skipped
        </output>
      )}
    </main>
  );
}

const routine = chosenRoutine();
render(routine ? <Lab routine={routine} /> : <LibraryLab />, document.getElementById('root')!);
