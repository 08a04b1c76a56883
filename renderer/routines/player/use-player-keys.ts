import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { PlayerEvent } from './player-state';

/** Keys the player answers to, also announced to assistive technology via aria-keyshortcuts. */
export const PLAYER_KEYS = {
  toggle: 'Space',
  back: 'ArrowLeft',
  skip: 'ArrowRight',
  end: 'Escape',
} as const;

/**
 * Keys typed into a field, or inside a dialog shown over the player, are not player commands.
 * A dialog that holds the player itself (a break shown over the page) is not "over" it.
 */
function belongsElsewhere(target: EventTarget | null, player: Element | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable]') !== null) return true;
  const dialog = target.closest('dialog, [role="dialog"]');
  return dialog !== null && !(player !== null && dialog.contains(player));
}

/** Space pauses, ← goes back, → skips, Esc ends. Buttons keep their own Space and Enter. */
export function usePlayerKeys(
  player: RefObject<Element | null>,
  dispatch: (event: PlayerEvent) => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        belongsElsewhere(event.target, player.current)
      )
        return;
      const onButton =
        event.target instanceof HTMLElement && event.target.closest('button, a, summary') !== null;
      let action: PlayerEvent | undefined;
      if (event.key === ' ' && !onButton) action = { type: 'toggle-pause' };
      else if (event.key === 'ArrowLeft') action = { type: 'back' };
      else if (event.key === 'ArrowRight') action = { type: 'skip' };
      else if (event.key === 'Escape') action = { type: 'end' };
      if (!action) return;
      event.preventDefault();
      dispatch(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [player, dispatch]);
}
