import { useEffect, useState } from 'preact/hooks';
import type { PoiseApi } from '../../shared/ipc/contract';
import type { GlowState } from './Glow';
import { ACKNOWLEDGE_GLOW_MS, glowAfterFeedback } from './feedback-glow';

/** Glow state and the words to show, following coach:feedback; the thank-you fades by itself. */
export function useCoachFeedback(api: PoiseApi): { glow: GlowState; message: string | undefined } {
  const [glow, setGlow] = useState<GlowState>('off');
  const [message, setMessage] = useState<string | undefined>(undefined);
  useEffect(() => {
    let fade: ReturnType<typeof setTimeout> | undefined;
    const off = api.on('coach:feedback', (feedback) => {
      setGlow((current) => {
        const next = glowAfterFeedback(current, feedback);
        if (next === 'acknowledge') {
          clearTimeout(fade);
          fade = setTimeout(() => setGlow('off'), ACKNOWLEDGE_GLOW_MS);
        }
        return next;
      });
      if (feedback.kind !== 'clear') setMessage(feedback.message);
    });
    return () => {
      clearTimeout(fade);
      off();
    };
  }, [api]);
  return { glow, message };
}
