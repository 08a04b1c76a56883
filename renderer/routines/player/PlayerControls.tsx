import type { PlayerEvent } from './player-state';
import { PLAYER_KEYS } from './use-player-keys';

export interface PlayerControlsProps {
  readonly paused: boolean;
  /** The routine is over: nothing left to control. */
  readonly over: boolean;
  readonly dispatch: (event: PlayerEvent) => void;
}

/** Back, Pause or Resume, Skip and End, in the order the keys are listed under them. */
export function PlayerControls({ paused, over, dispatch }: PlayerControlsProps) {
  const button = (label: string, event: PlayerEvent, keys: string, primary = false) => (
    <button
      type="button"
      class={`routine-button${primary ? ' routine-button--primary' : ''}`}
      onClick={() => dispatch(event)}
      disabled={over}
      aria-keyshortcuts={keys}
    >
      {label}
    </button>
  );
  return (
    <div class="routine-player__controls-area">
      <div class="routine-player__controls" role="group" aria-label="Routine controls">
        {button('Back', { type: 'back' }, PLAYER_KEYS.back)}
        {button(paused ? 'Resume' : 'Pause', { type: 'toggle-pause' }, PLAYER_KEYS.toggle, true)}
        {button('Skip', { type: 'skip' }, PLAYER_KEYS.skip)}
        {button('End', { type: 'end' }, PLAYER_KEYS.end)}
      </div>
      <p class="routine-player__keys">Keys: Space pause, ← back, → skip, Esc end.</p>
    </div>
  );
}
