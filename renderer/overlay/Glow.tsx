import './glow.css';

/** 'nudge': a warm glow at the screen edge; 'acknowledge': a brief calm one after sitting up. */
export type GlowState = 'off' | 'nudge' | 'acknowledge';

export interface GlowProps {
  readonly state: GlowState;
  /** The nudge or acknowledgement words, announced politely to screen readers. */
  readonly message?: string;
}

/**
 * The glow overlay: a frame of soft light at the screen's edge. It is click-through
 * (`pointer-events: none` here; the Electron overlay window also ignores the mouse) and never takes
 * focus. It pulses gently unless the person prefers reduced motion, where it is steady (glow.css).
 * The light itself is decorative and hidden from assistive technology; the message is not.
 */
export function Glow({ state, message }: GlowProps) {
  return (
    <div class="poise-glow" data-state={state}>
      <div class="poise-glow__edge" aria-hidden="true" />
      <p class="poise-glow__message" role="status" aria-live="polite">
        {state === 'off' ? '' : (message ?? '')}
      </p>
    </div>
  );
}
