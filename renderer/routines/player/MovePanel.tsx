import { useT } from '../../i18n/use-wording';
import type { MoveFeedback } from '../moves/move-tracker';

export interface MovePanelProps {
  readonly feedback: MoveFeedback;
  readonly targetReps: number;
}

/** Live camera feedback for a pose-checked step: words, a meter and the repetition count. */
export function MovePanel({ feedback, targetReps }: MovePanelProps) {
  const t = useT();
  const reps = Math.min(feedback.reps, targetReps);
  return (
    <div class="move-panel" data-move-phase={feedback.phase} data-reps={feedback.reps}>
      <p class="move-panel__words" aria-live="polite">
        {feedback.text}
      </p>
      <meter
        class="move-panel__meter"
        min={0}
        max={1}
        low={0.5}
        optimum={1}
        value={feedback.level}
        aria-label={t('routines:move.meter')}
      />
      <p class="move-panel__count">
        <span class="move-panel__reps">{reps}</span>{' '}
        {t('routines:move.confirmed', { target: targetReps })}
      </p>
    </div>
  );
}
