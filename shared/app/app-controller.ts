import type { AppEffect } from '../core/app-effects';
import type { AppEvent } from '../core/app-events';
import { eventForCommand } from '../core/app-events';
import { initialAppState, step, type AppState } from '../core/app-state';
import type { AppStatus } from '../core/app-status';
import { breakPromptView } from '../core/break-prompt-view';
import type { AppCommand } from '../core/commands';
import {
  acknowledgeMessage,
  nudgeMessage,
  suggestStretchMessage,
} from '../core/coach/nudge-messages';
import { describeStatus } from '../core/describe-status';
import { exportHistory, type ExportFile, type ExportFormat } from '../core/history/export-format';
import type { HistoryReadResult } from '../core/history/history-store';
import {
  closeCompletedMinutes,
  flushAll,
  initialRecorder,
  recordFact,
} from '../core/history/minute-recorder';
import { retentionCutoff } from '../core/history/retention';
import { wordingForSetting, type Wording } from '../core/i18n/wording';
import type { MonitorStatus, PostureReport } from '../core/posture-status';
import type { PatchResult, SettingsPatch } from '../core/settings/patch';
import type { Settings } from '../core/settings/schema';
import { RetryingHistoryWriter } from './retrying-writer';
import type { Baseline } from '../posture/baseline';
import type { ControllerPorts } from './ports';

/**
 * The app's one stateful object, identical in Electron's main process and in the browser host.
 * It feeds events into the pure core (shared/core/app-state.ts), turns the effects the core returns
 * into port calls, and closes history minutes as they end.
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
const RETENTION_CHECK_MS = 6 * 60 * 60_000;

export function createAppController(ports: ControllerPorts): AppController {
  const { clock, localTime, broadcast, shell } = ports;
  let core: AppState = initialAppState(ports.settings.get(), clock.now(), {
    timeZone: localTime.timeZone(),
  });
  let recorder = initialRecorder();
  const writer = new RetryingHistoryWriter(ports.history);
  let lastStatusJson = '';
  let lastPromptJson = '';
  let historyProblemShown = false;
  let lastRetentionCheck = -Infinity;
  let recalibrationOffered = false;
  let cameraFallbackShown = false;
  /** What the core last said about the camera. */
  let cameraOn = false;
  /** A calibration page has its own camera open (guided recalibration). */
  let calibrationHold = false;

  // The camera follows the core in both modes; while a calibration page holds it, the background
  // monitor stands aside ('calibrating') and only that page may use the camera, so a pause, a
  // break or a lock still turns it off.
  const controlMonitor = (): void =>
    broadcast.emit('monitor:control', {
      run: cameraOn,
      mode: calibrationHold ? 'calibrating' : 'normal',
    });

  const wording = (): Wording =>
    wordingForSetting(ports.settings.get().language, ports.languages.systemLocales());
  const status = (): AppStatus => describeStatus(core, clock.now(), wording());

  const publish = (): void => {
    const now = clock.now();
    const next = status();
    const json = JSON.stringify(next);
    if (json !== lastStatusJson) {
      lastStatusJson = json;
      broadcast.emit('app:status', next);
    }
    const prompt = breakPromptView(core, now);
    const promptJson = JSON.stringify(prompt);
    if (promptJson !== lastPromptJson) {
      lastPromptJson = promptJson;
      broadcast.emit('break:prompt', prompt);
    }
  };

  const saveMinutes = (minutes: Parameters<RetryingHistoryWriter['write']>[0]): Promise<void> =>
    writer.write(minutes).then((report) => {
      if (report.ok) {
        if (report.written > 0) broadcast.emit('history:changed', {});
        historyProblemShown = false;
        return;
      }
      // Tell the person once per failure streak; the minutes stay in memory and are retried.
      if (!historyProblemShown) {
        historyProblemShown = true;
        broadcast.emit('app:notice', {
          level: 'warning',
          message: wording().t('core:notice.historyNotSaved', { error: report.error }),
        });
      }
    });

  const carryOut = (effect: AppEffect): void => {
    const words = wording();
    const title = words.t('appName');
    switch (effect.type) {
      case 'nudge': {
        const message = nudgeMessage(effect.level, effect.reason, words);
        if (effect.level === 'notification') ports.notifier.notify(title, message);
        if (effect.level === 'glow') shell.showGlow(true);
        broadcast.emit('coach:feedback', { kind: 'nudge', level: effect.level, message });
        break;
      }
      case 'nudge:clear':
        shell.showGlow(false);
        broadcast.emit('coach:feedback', { kind: 'clear' });
        break;
      case 'acknowledge':
        broadcast.emit('coach:feedback', {
          kind: 'acknowledge',
          message: acknowledgeMessage(words),
        });
        break;
      case 'suggest-stretch': {
        const message = suggestStretchMessage(words);
        ports.notifier.notify(title, message);
        broadcast.emit('coach:feedback', { kind: 'suggest-stretch', message });
        break;
      }
      case 'break:heads-up':
        ports.notifier.notify(
          title,
          words.t(`core:notification.headsUp.${effect.kind}`, { count: effect.inSeconds }),
        );
        break;
      case 'break:start':
        shell.showGlow(false);
        shell.openBreak(effect.kind);
        broadcast.emit('break:start', {
          kind: effect.kind,
          durationSeconds: effect.durationSeconds,
          recentSlouchShare: effect.recentSlouchShare,
          ...(effect.suggestedFocus ? { suggestedFocus: effect.suggestedFocus } : {}),
        });
        break;
      case 'break:end':
        shell.closeBreak();
        break;
      case 'camera':
        cameraOn = effect.on;
        controlMonitor();
        break;
      case 'record':
        recorder = recordFact(recorder, effect.fact);
        break;
    }
  };

  const feed = (event: AppEvent): void => {
    const now = clock.now();
    const result = step(core, event, now);
    core = result.state;
    for (const effect of result.effects) carryOut(effect);
    publish();
  };

  const tick = (): void => {
    const now = clock.now();
    feed({ type: 'tick', timeZone: localTime.timeZone() });
    const closed = closeCompletedMinutes(recorder, now);
    recorder = closed.state;
    if (closed.completed.length > 0) void saveMinutes(closed.completed);
    if (now - lastRetentionCheck >= RETENTION_CHECK_MS) {
      lastRetentionCheck = now;
      void ports.history
        .pruneBefore(retentionCutoff(now, core.settings.history.retentionDays))
        .catch(() => undefined);
    }
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
      const now = clock.now();
      switch (command.type) {
        case 'recalibrate':
          recalibrationOffered = false;
          shell.openRecalibration();
          return;
        case 'calibration-hold':
          if (command.on === calibrationHold) return;
          calibrationHold = command.on;
          controlMonitor();
          return;
        case 'open-dashboard':
          shell.openDashboard();
          return;
        case 'open-settings':
          shell.openSettings();
          return;
        case 'open-onboarding':
          shell.openOnboarding();
          return;
        case 'quit':
          shell.quit();
          return;
        case 'routine-done':
          recorder = recordFact(recorder, {
            kind: 'routine-finished',
            routineId: command.routineId,
            atMs: now,
          });
          return;
        case 'finish-break':
          if (command.completed && command.routineId) {
            recorder = recordFact(recorder, {
              kind: 'routine-finished',
              routineId: command.routineId,
              atMs: now,
            });
          }
          feed({ type: 'break:finished' });
          return;
        default: {
          const event = eventForCommand(command, now);
          if (event) feed(event);
        }
      }
    },
    postureReport(report) {
      // Say it once per calibration: a camera that moved makes every later verdict doubtful.
      if (report.recalibrationSuggested && !recalibrationOffered) {
        recalibrationOffered = true;
        const { t } = wording();
        broadcast.emit('app:notice', {
          level: 'info',
          message: t('core:notice.cameraMoved', { action: t('core:tray.recalibrate') }),
        });
      }
      feed({ type: 'posture', report });
    },
    monitorStatus(monitor) {
      // Say it once per stretch on the default camera: the person chose another one on purpose.
      if (monitor.kind === 'running') {
        if (monitor.cameraFallback && !cameraFallbackShown) {
          broadcast.emit('app:notice', {
            level: 'info',
            message: wording().t('core:notice.cameraFallback'),
          });
        }
        cameraFallbackShown = monitor.cameraFallback === true;
      }
      feed({ type: 'monitor-status', status: monitor });
    },
    readHistory: (fromMs, toMs) => ports.history.readRange(fromMs, toMs),
    async exportHistory(format) {
      const { minutes } = await ports.history.readRange(0, Number.MAX_SAFE_INTEGER);
      return exportHistory(minutes, format, clock.now());
    },
    async deleteHistory() {
      recorder = initialRecorder();
      await ports.history.deleteAll();
      broadcast.emit('history:changed', {});
    },
    places: (cameraId) => ports.baselines.get(cameraId),
    wording,
    saveBaseline(baseline) {
      // A new calibration: a camera that moves later is worth mentioning again.
      recalibrationOffered = false;
      return ports.baselines.save(baseline);
    },
    async dispose() {
      stopTicking();
      stopSettings();
      // Quitting stops the monitor: telling the core closes the open posture span, so a clean
      // quit saves the current minute too instead of losing it like a crash would.
      feed({ type: 'monitor-status', status: { kind: 'stopped', reason: 'user' } });
      await saveMinutes(flushAll(recorder));
      recorder = initialRecorder();
    },
  };
}
