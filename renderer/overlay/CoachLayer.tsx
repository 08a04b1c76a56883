import type { BreakPromptView } from '../../shared/core/break-prompt-view';
import { BreakPrompt } from '../break-prompt/BreakPrompt';
import { Glow, type GlowState } from './Glow';
import './coach-layer.css';

export interface CoachLayerProps {
  readonly glow: GlowState;
  readonly message?: string;
  /** `breakPromptView(state, nowMs)`; shown only as a heads-up, null hides it. */
  readonly prompt: BreakPromptView | null;
  readonly onTakeNow: () => void;
  readonly onPostpone: () => void;
  readonly onSkip: () => void;
}

/**
 * The browser host's in-page stand-in for Electron's overlay window and break heads-up: the glow
 * over the whole page and the heads-up in a corner, above the app. Mount it once, always (the glow
 * is invisible while off), and re-render it after every core step. During a break the prompt
 * stays out of the corner: the break covers the page and shows its own one timer (BreakView).
 */
export function CoachLayer({ glow, message, prompt, ...actions }: CoachLayerProps) {
  return (
    <div class="coach-layer">
      <Glow state={glow} message={message} />
      {prompt?.phase === 'heads-up' && (
        <div class="coach-layer__prompt">
          <BreakPrompt view={prompt} {...actions} />
        </div>
      )}
    </div>
  );
}
