import type { BreakKind } from './app-effects';
import type { AppState } from './app-state';
import { breakDurationMs, postponesLeft } from './schedule/break-scheduler';

/**
 * What the heads-up banner / break prompt shows, as plain props (renderer/break-prompt/BreakPrompt
 * takes exactly this plus callbacks). Null when there is nothing to show, and during a break that
 * plays a routine: the routine is then the break, with its own timer and controls.
 */
export interface BreakPromptView {
  readonly phase: 'heads-up' | 'on-break';
  readonly kind: BreakKind;
  /** heads-up: seconds until the break starts; on-break: seconds until it ends. */
  readonly secondsLeft: number;
  readonly durationSeconds: number;
  readonly postponesLeft: number;
  readonly postponeMinutes: number;
  readonly canSkip: boolean;
}

export function breakPromptView(state: AppState, nowMs: number): BreakPromptView | null {
  const phase = state.scheduler.phase;
  if (phase.kind === 'counting') return null;
  // A break with a routine shows the routine and its timer only (schedule/routine-hold.ts).
  if (phase.kind === 'on-break' && phase.routine) return null;
  const breaks = state.settings.breaks;
  const durationSeconds = breakDurationMs(breaks, phase.breakKind) / 1000;
  const until = phase.kind === 'heads-up' ? phase.startsAtMs : phase.endsAtMs;
  return {
    phase: phase.kind,
    kind: phase.breakKind,
    secondsLeft: Math.max(0, Math.ceil((until - nowMs) / 1000)),
    durationSeconds,
    postponesLeft: postponesLeft(state.scheduler, breaks),
    postponeMinutes: breaks.postponeMinutes,
    canSkip: breaks.allowSkip,
  };
}
