import { BREATHING_PATTERNS, type BreathingPatternId } from '../content/breathing-patterns';
import { useT } from '../../i18n/use-wording';
import { breathMomentAt, breathPhaseWords } from '../breathing/breath-phase';

export interface BreathingPacerProps {
  readonly pattern: BreathingPatternId;
  /** Time into the breathing step, from the player's clock (so it pauses with the routine). */
  readonly elapsedMs: number;
  readonly reducedMotion: boolean;
}

const MIN_R = 16;
const MAX_R = 40;

/**
 * A circle that fills as you breathe in and empties as you breathe out, following the pattern's
 * own phase timings. Under reduced motion the circle stays still and the words and count carry it.
 */
export function BreathingPacer({ pattern, elapsedMs, reducedMotion }: BreathingPacerProps) {
  const t = useT();
  const moment = breathMomentAt(BREATHING_PATTERNS[pattern], elapsedMs);
  const radius = reducedMotion ? (MIN_R + MAX_R) / 2 : MIN_R + (MAX_R - MIN_R) * moment.fullness;
  const words = breathPhaseWords(moment.phase, t);
  return (
    <div class="breathing-pacer" data-phase={moment.phase}>
      <svg viewBox="0 0 100 100" class="breathing-pacer__svg" aria-hidden="true">
        <circle class="breathing-pacer__guide" cx="50" cy="50" r={MAX_R} />
        <circle class="breathing-pacer__breath" cx="50" cy="50" r={radius.toFixed(2)} />
      </svg>
      <p class="breathing-pacer__words" aria-hidden="true">
        <span class="breathing-pacer__phase">{words}</span>{' '}
        <span class="breathing-pacer__count">{moment.phaseSecondsLeft}</span>
      </p>
    </div>
  );
}
