import { useEffect, useRef, useState } from 'preact/hooks';
import type { BreakPromptView } from '../../../shared/core/break-prompt-view';
import type { PoiseApi } from '../../../shared/ipc/contract';

/** The break card's view from the core (its countdown and choices), or null. */
export function useBreakPrompt(api: PoiseApi): BreakPromptView | null {
  const [prompt, setPrompt] = useState<BreakPromptView | null>(null);
  useEffect(() => api.on('break:prompt', setPrompt), [api]);
  return prompt;
}

/**
 * Calls `onOver` when the core's break, once seen running, is over, whatever ended it: the
 * routine, the card, the tray, or the backstop for a routine that never reported. A status from
 * before the break started (replayed to a window that opened late) is not an end.
 */
export function useBreakOver(api: PoiseApi, onOver: () => void): void {
  const callback = useRef(onOver);
  callback.current = onOver;
  useEffect(() => {
    let seenOnBreak = false;
    return api.on('app:status', (status) => {
      if (status.onBreak) seenOnBreak = true;
      else if (seenOnBreak) {
        seenOnBreak = false;
        callback.current();
      }
    });
  }, [api]);
}
