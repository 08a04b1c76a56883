import type { AppStatus } from '../core/app-status';
import type { BreakPromptView } from '../core/break-prompt-view';
import type { Broadcaster } from './ports';

/**
 * Sends the status and the break prompt when they change, not on every step: the core steps each
 * second, and every window, the tray and the overlay would redraw for nothing.
 */
export function createStatusPublisher(
  broadcast: Broadcaster,
): (status: AppStatus, prompt: BreakPromptView | null) => void {
  let lastStatusJson = '';
  let lastPromptJson = '';
  return (status, prompt) => {
    const statusJson = JSON.stringify(status);
    if (statusJson !== lastStatusJson) {
      lastStatusJson = statusJson;
      broadcast.emit('app:status', status);
    }
    const promptJson = JSON.stringify(prompt);
    if (promptJson !== lastPromptJson) {
      lastPromptJson = promptJson;
      broadcast.emit('break:prompt', prompt);
    }
  };
}
