import type { Translate } from '../../../shared/core/i18n/translator';
import {
  cycleSeconds,
  type BreathPhase,
  type BreathingPattern,
} from '../content/breathing-patterns';

export interface BreathMoment {
  readonly phase: BreathPhase['phase'];
  /** 0..1 through the current phase. */
  readonly phaseProgress: number;
  readonly phaseSecondsLeft: number;
  /** 0 (empty) .. 1 (full): how large the pacer is drawn, easing in and out. */
  readonly fullness: number;
  readonly cycle: number;
}

const ease = (t: number): number => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, t)));

/** Where in the breathing pattern we are, `elapsedMs` after the pattern started. Pure. */
export function breathMomentAt(pattern: BreathingPattern, elapsedMs: number): BreathMoment {
  const cycleMs = cycleSeconds(pattern) * 1000;
  const clamped = Math.max(0, elapsedMs);
  const cycle = Math.floor(clamped / cycleMs);
  let within = clamped - cycle * cycleMs;
  for (const { phase, seconds } of pattern.phases) {
    const phaseMs = seconds * 1000;
    if (within < phaseMs) {
      const progress = within / phaseMs;
      const fullness =
        phase === 'in'
          ? ease(progress)
          : phase === 'out'
            ? 1 - ease(progress)
            : phase === 'hold-in'
              ? 1
              : 0;
      return {
        phase,
        phaseProgress: progress,
        phaseSecondsLeft: Math.ceil((phaseMs - within) / 1000),
        fullness,
        cycle,
      };
    }
    within -= phaseMs;
  }
  // Unreachable for a valid pattern (within < cycleMs); keeps the types total.
  return { phase: 'hold-out', phaseProgress: 1, phaseSecondsLeft: 0, fullness: 0, cycle };
}

/** The words for a breathing phase ("Breathe in", "Hold"…), shown by the pacer and spoken. */
export const breathPhaseWords = (phase: BreathPhase['phase'], t: Translate): string =>
  t(`routines:breath.${phase}`);
