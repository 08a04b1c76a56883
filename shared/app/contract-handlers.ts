import type { ReplayedEventChannel } from '../ipc/channels';
import type { EventPayloads } from '../ipc/contract';
import { NO_SIGNALS, type SignalAvailability } from '../core/signals/signal-poll';
import type { InvokeHandlers, SendHandlers } from '../ipc/handlers';
import type { AppController } from './app-controller';

/**
 * The contract's channels answered by the controller: one map, used by Electron's IPC handlers
 * and by the browser host alike, so the two hosts cannot drift apart.
 */
export function contractHandlers(
  controller: AppController,
  /** The host's record of what it last sent on each replayed channel (null: nothing yet). */
  latestEvent: (channel: ReplayedEventChannel) => EventPayloads[ReplayedEventChannel] | null,
  /** Which platform signals the host reads (main/platform/signals); the browser host reads none. */
  signals: () => SignalAvailability = () => NO_SIGNALS,
): {
  invoke: InvokeHandlers;
  send: SendHandlers;
} {
  return {
    invoke: {
      'settings:get': () => controller.settings(),
      'settings:update': (patch) => controller.updateSettings(patch),
      'app:get-status': () => controller.status(),
      'app:command': (command) => controller.command(command),
      'app:signals': () => signals(),
      'history:read': ({ fromMs, toMs }) => controller.readHistory(fromMs, toMs),
      'history:export': (format) => controller.exportHistory(format),
      'history:delete-all': () => controller.deleteHistory(),
      'calibration:get': (cameraId) => controller.places(cameraId),
      'calibration:save': (baseline) => controller.saveBaseline(baseline),
      'events:latest': (channel) => latestEvent(channel),
    },
    send: {
      'posture:report': (report) => controller.postureReport(report),
      'monitor:status': (status) => controller.monitorStatus(status),
    },
  };
}
