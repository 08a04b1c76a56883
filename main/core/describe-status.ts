import type { AppState } from './app-state';
import { respectFacts } from './app-state';
import type { AppStatus, TrayState } from './app-status';
import { nudgeShowing } from './coach/posture-coach';
import { postureWatching, type PostureWatching } from './posture-watching';
import { isWorkTime } from './respect/interruptions';
import { nextBreak, type SchedulerPhase } from './schedule/break-scheduler';
import { routineHolds } from './schedule/routine-hold';

/** The status while the camera stays off by the person's choice, saying how to change it. */
const NOT_WATCHING: Record<Exclude<PostureWatching, 'on'>, string> = {
  'needs-setup': 'Finish setting up Poise to start posture watching',
  off: 'Posture watching is off: run setup again to turn it on',
};

/**
 * What the tray and dashboard show, derived from the core state (never stored, so it cannot go
 * stale). `formatTime` turns epoch ms into the person's clock time; without it, the line says
 * "Paused" without the time (the tray model adds the time itself).
 */
export function describeStatus(
  state: AppState,
  nowMs: number,
  formatTime?: (ms: number) => string,
): AppStatus {
  const phase = state.scheduler.phase;
  const facts = respectFacts(state, nowMs);
  const paused = facts.paused ? state.pausedUntilMs : null;
  const watching = postureWatching(state.settings);
  const base = {
    posture: state.posture?.state ?? null,
    slouchScore: state.posture ? Math.round(state.posture.slouchScore * 100) / 100 : null,
    postureReason: state.posture?.reason ?? null,
    monitor: state.monitor,
    pausedUntilMs: paused,
    onBreak: phase.kind === 'on-break',
    // Only while time counts as work: otherwise the estimate slides with the clock, and the
    // status (broadcast whenever it changes) would change every second all night long.
    nextBreakAtMs: isWorkTime(facts) ? nextBreakAt(state, nowMs) : null,
    watching,
  };
  const out = (trayState: TrayState, statusLine: string): AppStatus => ({
    ...base,
    trayState,
    statusLine,
  });

  if (paused !== null)
    return out('paused', formatTime ? `Paused until ${formatTime(paused)}` : 'Paused');
  if (phase.kind === 'on-break') {
    // The routine's timer is the break's only one: a second count here would contradict it.
    if (phase.routine) return out('break', `On a ${phase.breakKind} break: routine playing`);
    const left = Math.max(0, Math.ceil((phase.endsAtMs - nowMs) / 1000));
    return out('break', `On a ${phase.breakKind} break (${formatSeconds(left)} left)`);
  }
  if (routineHolds(state.routine, nowMs))
    return out('break', 'Playing a routine: posture checks wait until it ends');
  if (facts.suspended || facts.locked) return out('paused', 'Screen locked: monitoring is off');
  if (!facts.withinWorkingHours) return out('paused', 'Outside working hours');
  // Breaks go on without the camera, so a break's heads-up still comes first.
  if (watching !== 'on')
    return out(
      'paused',
      phase.kind === 'heads-up' ? headsUp(phase, nowMs) : NOT_WATCHING[watching],
    );
  if (state.monitor.kind === 'error') return out('camera-problem', state.monitor.message);
  // The app window has the camera for a guided recalibration; verdicts resume when it is done.
  if (state.monitor.kind === 'stopped' && state.monitor.reason === 'calibrating')
    return out('starting', 'Recalibrating your posture…');
  if (phase.kind === 'heads-up') return out(trayFor(state), headsUp(phase, nowMs));
  switch (state.posture?.state) {
    case 'upright':
      return out('upright', 'Sitting well');
    case 'slouching':
      return out(
        'slouching',
        nudgeShowing(state.coach) ? 'Slouching: time to sit up' : 'Slouching',
      );
    case 'away':
      return out('away', 'Away from the desk');
    case 'uncertain':
      return out('upright', 'Watching, but the view is unclear');
    default:
      return out(
        'starting',
        state.monitor.kind === 'running'
          ? 'Waiting for the first reading…'
          : 'Starting the camera…',
      );
  }
}

function headsUp(phase: Extract<SchedulerPhase, { kind: 'heads-up' }>, nowMs: number): string {
  const inSeconds = Math.max(0, Math.ceil((phase.startsAtMs - nowMs) / 1000));
  return `A ${phase.breakKind} break starts in ${formatSeconds(inSeconds)}`;
}

function trayFor(state: AppState): TrayState {
  const posture = state.posture?.state;
  if (posture === 'slouching') return 'slouching';
  if (posture === 'away') return 'away';
  return posture === undefined ? 'starting' : 'upright';
}

/** Wall-clock estimate of the next break; exact while the person keeps working. */
function nextBreakAt(state: AppState, nowMs: number): number | null {
  const phase = state.scheduler.phase;
  if (phase.kind === 'heads-up') return phase.startsAtMs;
  if (phase.kind === 'on-break') return null;
  const next = nextBreak(state.scheduler, state.settings.breaks);
  if (next === null) return null;
  return nowMs + Math.max(0, next.remainingMs);
}

/** 75 -> "1:15", 30 -> "30 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
