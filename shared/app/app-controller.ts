import type { AppEvent } from '../core/app-events';
import { eventForCommand } from '../core/app-events';
import { initialAppState, step, type AppState } from '../core/app-state';
import type { AppStatus } from '../core/app-status';
import { breakPromptView } from '../core/break-prompt-view';
import type { AppCommand } from '../core/commands';
import { describeStatus } from '../core/describe-status';
import type { ExportFile, ExportFormat } from '../core/history/export-format';
import type { HistoryReadResult } from '../core/history/history-store';
import { wordingForSetting, type Wording } from '../core/i18n/wording';
import type { MonitorStatus, PostureReport } from '../core/posture-status';
import type { PatchResult, SettingsPatch } from '../core/settings/patch';
import type { Settings } from '../core/settings/schema';
import type { Baseline } from '../posture/baseline';
import { createEffectInterpreter } from './effect-interpreter';
import { createHistoryPipeline } from './history-pipeline';
import type { ControllerPorts } from './ports';
import { openWindowFor } from './shell-commands';
import { createStatusPublisher } from './status-publisher';

/**
 * The app's one stateful object, identical in Electron's main process and in the browser host.
 * It feeds everything that happens into the pure core (shared/core/app-state.ts) and hands the
 * effects to the interpreter; the history pipeline turns recorded facts into stored minutes.
 */
export interface AppController {
  status(): AppStatus;
  settings(): Settings;
  updateSettings(patch: SettingsPatch): PatchResult;
  command(command: AppCommand): void;
  /** Platform facts: power, idle, fullscreen, do-not-disturb. */
  event(event: AppEvent): void;
  postureReport(report: PostureReport): void;
  monitorStatus(status: MonitorStatus): void;
  readHistory(fromMs: number, toMs: number): Promise<HistoryReadResult>;
  exportHistory(format: ExportFormat): Promise<ExportFile>;
  deleteHistory(): Promise<void>;
  /** The camera's calibrated places, most recent first. */
  places(cameraId: string): Promise<Baseline[]>;
  saveBaseline(baseline: Baseline): Promise<void>;
  /** The person's words and clock now: the language setting, else the system's locales. */
  wording(): Wording;
  /** Save what is in memory (the current minute) and stop ticking. */
  dispose(): Promise<void>;
}

const TICK_MS = 1000;

export function createAppController(ports: ControllerPorts): AppController {
  const { clock, localTime, broadcast, shell } = ports;
  let core: AppState = initialAppState(ports.settings.get(), clock.now(), {
    timeZone: localTime.timeZone(),
  });

  const wording = (): Wording =>
    wordingForSetting(ports.settings.get().language, ports.languages.systemLocales());
  const status = (): AppStatus => describeStatus(core, clock.now(), wording());
  const publish = createStatusPublisher(broadcast);
  const history = createHistoryPipeline({
    store: ports.history,
    onChanged: () => broadcast.emit('history:changed', {}),
    onWrite: (report) =>
      feed(
        report.ok ? { type: 'history:saved' } : { type: 'history:not-saved', error: report.error },
      ),
  });
  const carryOut = createEffectInterpreter({ ...ports, history, wording });

  const feed = (event: AppEvent): void => {
    const now = clock.now();
    const result = step(core, event, now);
    core = result.state;
    for (const effect of result.effects) carryOut(effect);
    publish(status(), breakPromptView(core, now));
  };

  const tick = (): void => {
    feed({ type: 'tick', timeZone: localTime.timeZone() });
    history.tick(clock.now(), ports.settings.get().history.retentionDays);
  };

  const stopTicking = ports.ticker.every(TICK_MS, tick);
  const stopSettings = ports.settings.onChange((settings) => {
    broadcast.emit('settings:changed', settings);
    feed({ type: 'settings', settings });
  });
  // Start: tell the monitor whether to run, and show the first status.
  tick();

  return {
    status,
    settings: () => ports.settings.get(),
    updateSettings: (patch) => ports.settings.update(patch),
    event: feed,
    command(command) {
      openWindowFor(command, shell);
      const event = eventForCommand(command, clock.now());
      if (event) feed(event);
    },
    postureReport: (report) => feed({ type: 'posture', report }),
    monitorStatus: (monitor) => feed({ type: 'monitor-status', status: monitor }),
    readHistory: (fromMs, toMs) => history.read(fromMs, toMs),
    exportHistory: (format) => history.export(format, clock.now()),
    deleteHistory: () => history.deleteAll(),
    places: (cameraId) => ports.baselines.get(cameraId),
    wording,
    async saveBaseline(baseline) {
      await ports.baselines.save(baseline);
      feed({ type: 'calibration:saved' });
    },
    async dispose() {
      stopTicking();
      stopSettings();
      // Quitting stops the monitor: telling the core closes the open posture span, so a clean
      // quit saves the current minute too instead of losing it like a crash would.
      feed({ type: 'monitor-status', status: { kind: 'stopped', reason: 'user' } });
      await history.flush();
    },
  };
}
