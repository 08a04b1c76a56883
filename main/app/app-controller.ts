import type { AppStatus } from '../core/app-status';
import type { AppCommand } from '../core/commands';
import type { MonitorStatus, PostureReport } from '../core/posture-status';
import type { PatchResult, SettingsPatch } from '../core/settings/patch';
import type { Settings } from '../core/settings/schema';
import type { ControllerPorts } from './ports';

/**
 * The app's one stateful object, identical in Electron's main process and in the browser host.
 * It feeds events into the pure core, and turns what the core returns into port calls.
 */
export interface AppController {
  status(): AppStatus;
  settings(): Settings;
  updateSettings(patch: SettingsPatch): PatchResult;
  command(command: AppCommand): void;
  postureReport(report: PostureReport): void;
  monitorStatus(status: MonitorStatus): void;
  dispose(): void;
}

interface State {
  posture: PostureReport | null;
  monitor: MonitorStatus;
  pausedUntilMs: number | null;
  onBreak: boolean;
}

const TICK_MS = 1000;

export function createAppController(ports: ControllerPorts): AppController {
  const state: State = {
    posture: null,
    monitor: { kind: 'starting' },
    pausedUntilMs: null,
    onBreak: false,
  };
  let lastStatusJson = '';

  const monitoringWanted = (): boolean => state.pausedUntilMs === null && !state.onBreak;

  const status = (): AppStatus => deriveStatus(state, ports.localTime.formatTime);

  const publish = (): void => {
    const next = status();
    const json = JSON.stringify(next);
    if (json === lastStatusJson) return;
    lastStatusJson = json;
    ports.broadcast.emit('app:status', next);
  };

  const controlMonitor = (mode: 'normal' | 'calibrating' = 'normal'): void => {
    ports.broadcast.emit('monitor:control', { run: monitoringWanted(), mode });
  };

  const tick = (): void => {
    const now = ports.clock.now();
    if (state.pausedUntilMs !== null && now >= state.pausedUntilMs) {
      state.pausedUntilMs = null;
      controlMonitor();
    }
    publish();
  };

  const stopTicking = ports.ticker.every(TICK_MS, tick);
  const stopSettings = ports.settings.onChange((settings) =>
    ports.broadcast.emit('settings:changed', settings),
  );

  return {
    status,
    settings: () => ports.settings.get(),
    updateSettings: (patch) => ports.settings.update(patch),
    command(command) {
      const now = ports.clock.now();
      switch (command.type) {
        case 'pause':
          state.pausedUntilMs = now + command.minutes * 60_000;
          controlMonitor();
          break;
        case 'pause-until-tomorrow':
          state.pausedUntilMs = ports.localTime.nextMorning(now);
          controlMonitor();
          break;
        case 'resume':
          state.pausedUntilMs = null;
          controlMonitor();
          break;
        case 'take-break':
          state.onBreak = true;
          controlMonitor();
          ports.shell.openBreak(command.kind);
          break;
        case 'postpone-break':
        case 'skip-break':
          state.onBreak = false;
          ports.shell.closeBreak();
          controlMonitor();
          break;
        case 'recalibrate':
          controlMonitor('calibrating');
          break;
        case 'open-dashboard':
          ports.shell.openDashboard();
          break;
        case 'open-settings':
          ports.shell.openSettings();
          break;
        case 'quit':
          ports.shell.quit();
          break;
      }
      publish();
    },
    postureReport(report) {
      state.posture = report;
      publish();
    },
    monitorStatus(monitor) {
      state.monitor = monitor;
      publish();
    },
    dispose() {
      stopTicking();
      stopSettings();
    },
  };
}

function deriveStatus(state: State, formatTime: (ms: number) => string): AppStatus {
  const base = {
    posture: state.posture?.state ?? null,
    monitor: state.monitor,
    pausedUntilMs: state.pausedUntilMs,
    onBreak: state.onBreak,
    nextBreakAtMs: null,
  };
  if (state.pausedUntilMs !== null) {
    return {
      ...base,
      trayState: 'paused',
      statusLine: `Paused until ${formatTime(state.pausedUntilMs)}`,
    };
  }
  if (state.onBreak) return { ...base, trayState: 'break', statusLine: 'On a break' };
  if (state.monitor.kind === 'error') {
    return { ...base, trayState: 'camera-problem', statusLine: state.monitor.message };
  }
  switch (state.posture?.state) {
    case 'upright':
      return { ...base, trayState: 'upright', statusLine: 'Sitting well' };
    case 'slouching':
      return { ...base, trayState: 'slouching', statusLine: 'Slouching: time to sit up' };
    case 'away':
      return { ...base, trayState: 'away', statusLine: 'Away from the desk' };
    case 'uncertain':
      return { ...base, trayState: 'upright', statusLine: 'Watching, but the view is unclear' };
    default:
      return { ...base, trayState: 'starting', statusLine: 'Starting the camera…' };
  }
}
