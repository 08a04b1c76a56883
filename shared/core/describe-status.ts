import type { AppState } from './app-state';
import { respectFacts } from './app-respect';
import type { AppStatus, TrayState } from './app-status';
import { nudgeShowing } from './coach/posture-coach';
import type { Wording } from './i18n/wording';
import { postureWatching } from './posture-watching';
import { monitorProblemWords, reasonWords } from './posture-words';
import { isWorkTime } from './respect/interruptions';
import { nextBreak, type SchedulerPhase } from './schedule/break-scheduler';
import { routineHolds } from './schedule/routine-hold';

/**
 * What the tray and dashboard show, derived from the core state (never stored, so it cannot go
 * stale). `wording` gives the person's language and clock: every line, the posture reason and a
 * camera problem are put into words here, so a change of language shows at the next status.
 */
export function describeStatus(state: AppState, nowMs: number, wording: Wording): AppStatus {
  const { t } = wording;
  const phase = state.scheduler.phase;
  const facts = respectFacts(state, nowMs);
  const paused = facts.paused ? state.pausedUntilMs : null;
  const watching = postureWatching(state.settings);
  const base = {
    posture: state.posture?.state ?? null,
    slouchScore: state.posture ? Math.round(state.posture.slouchScore * 100) / 100 : null,
    postureReason: reasonWords(state.posture?.reason ?? null, wording),
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
    return out('paused', t('core:status.pausedUntil', { time: wording.formatTime(paused) }));
  if (phase.kind === 'on-break') {
    // The routine's timer is the break's only one: a second count here would contradict it.
    if (phase.routine) return out('break', t(`core:status.onBreakWithRoutine.${phase.breakKind}`));
    const left = Math.max(0, Math.ceil((phase.endsAtMs - nowMs) / 1000));
    return out(
      'break',
      t(`core:status.onBreak.${phase.breakKind}`, { left: formatSeconds(left, wording) }),
    );
  }
  if (routineHolds(state.routine, nowMs)) return out('break', t('core:status.routinePlaying'));
  if (facts.suspended || facts.locked) return out('paused', t('core:status.locked'));
  if (!facts.withinWorkingHours) return out('paused', t('core:status.outsideWorkingHours'));
  // Breaks go on without the camera, so a break's heads-up still comes first.
  if (watching !== 'on')
    return out(
      'paused',
      phase.kind === 'heads-up'
        ? headsUp(phase, nowMs, wording)
        : t(
            watching === 'needs-setup'
              ? 'core:status.notWatching.needsSetup'
              : 'core:status.notWatching.off',
          ),
    );
  // The camera is released during a call (respect/interruptions.ts): say why, not "starting".
  if (facts.call) return out('paused', t('core:status.inCall'));
  if (state.monitor.kind === 'error')
    return out('camera-problem', monitorProblemWords(state.monitor.problem, wording));
  // The app window has the camera for a guided recalibration; verdicts resume when it is done.
  if (state.monitor.kind === 'stopped' && state.monitor.reason === 'calibrating')
    return out('starting', t('core:status.recalibrating'));
  if (phase.kind === 'heads-up') return out(trayFor(state), headsUp(phase, nowMs, wording));
  switch (state.posture?.state) {
    case 'upright':
      return out('upright', t('core:status.sittingWell'));
    case 'slouching':
      return out(
        'slouching',
        t(nudgeShowing(state.coach) ? 'core:status.slouchingNudged' : 'core:status.slouching'),
      );
    case 'away':
      return out('away', t('core:status.away'));
    case 'uncertain':
      // Watching turned on after a breaks-only setup: nothing to judge against until calibrated.
      return out(
        'upright',
        state.posture?.reason === 'calibration'
          ? t('core:status.notCalibrated', { action: t('core:tray.recalibrate') })
          : t('core:status.unclear'),
      );
    default:
      return out(
        'starting',
        t(
          state.monitor.kind === 'running'
            ? 'core:status.waitingForReading'
            : 'core:status.startingCamera',
        ),
      );
  }
}

function headsUp(
  phase: Extract<SchedulerPhase, { kind: 'heads-up' }>,
  nowMs: number,
  wording: Wording,
): string {
  const inSeconds = Math.max(0, Math.ceil((phase.startsAtMs - nowMs) / 1000));
  return wording.t(`core:status.headsUp.${phase.breakKind}`, {
    time: formatSeconds(inSeconds, wording),
  });
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

/** 75 -> "1:15", 30 -> "30 s", with the locale's digits. */
export function formatSeconds(seconds: number, wording: Wording): string {
  const { t, formatNumber } = wording;
  if (seconds < 60) return t('core:duration.seconds', { seconds: formatNumber(seconds) });
  return t('core:duration.minutesSeconds', {
    minutes: formatNumber(Math.floor(seconds / 60), { useGrouping: false }),
    seconds: formatNumber(seconds % 60, { minimumIntegerDigits: 2 }),
  });
}
