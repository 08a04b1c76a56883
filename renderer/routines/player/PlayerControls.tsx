import { useT } from '../../i18n/use-wording';
import type { PlayerEvent } from './player-state';
import { PLAYER_KEYS } from './use-player-keys';

export interface PlayerControlsProps {
  readonly paused: boolean;
  /** The routine is over: nothing left to control. */
  readonly over: boolean;
  readonly dispatch: (event: PlayerEvent) => void;
}

const BACK: PlayerEvent = { type: 'back' };
const TOGGLE: PlayerEvent = { type: 'toggle-pause' };
const SKIP: PlayerEvent = { type: 'skip' };
const END: PlayerEvent = { type: 'end' };

/** Back, Pause or Resume, Skip and End, in the order the keys are listed under them. */
export function PlayerControls({ paused, over, dispatch }: PlayerControlsProps) {
  const t = useT();
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
      <div class="routine-player__controls" role="group" aria-label={t('routines:controls.group')}>
        {button(t('routines:controls.back'), BACK, PLAYER_KEYS.back)}
        {button(
          paused ? t('routines:controls.resume') : t('routines:controls.pause'),
          TOGGLE,
          PLAYER_KEYS.toggle,
          true,
        )}
        {button(t('routines:controls.skip'), SKIP, PLAYER_KEYS.skip)}
        {button(t('routines:controls.end'), END, PLAYER_KEYS.end)}
      </div>
      <p class="routine-player__keys">{t('routines:controls.keys')}</p>
    </div>
  );
}
