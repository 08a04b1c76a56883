import type { Translate } from '../../../shared/core/i18n/translator';
import { BREATHING_PATTERNS, cycleSeconds } from '../content/breathing-patterns';
import type { PlayerStep } from './player-state';

/**
 * The routine as a person counts it. The player times *parts* (an item's own lines: "sit tall",
 * "glide your head back, repeat", "relax"), but a person counts exercises: a step is one item,
 * its lines are parts of that step, and a part that repeats a movement or a breath counts
 * rounds. Counting every part as a step made a five-minute routine read as 38 steps.
 */
export interface StepPosition {
  /** 1-based step (item) and how many steps the routine has. */
  readonly step: number;
  readonly steps: number;
  /** 1-based part within the step and how many parts the step has. */
  readonly part: number;
  readonly parts: number;
}

/** The parts of a routine grouped by step, as part indices, in order. */
export function partsByStep(parts: readonly PlayerStep[]): number[][] {
  const groups: number[][] = [];
  parts.forEach((part, index) => {
    const group = groups[part.itemIndex];
    if (group) group.push(index);
    else groups[part.itemIndex] = [index];
  });
  // Items the filters removed leave no step behind.
  return groups.filter((group) => group.length > 0);
}

/** Where part `index` sits; past the end it stays on the last part. */
export function stepPosition(parts: readonly PlayerStep[], index: number): StepPosition {
  const steps = partsByStep(parts);
  const clamped = Math.min(Math.max(0, index), parts.length - 1);
  const stepIndex = steps.findIndex((group) => group.includes(clamped));
  const group = steps[stepIndex] ?? [];
  return {
    step: stepIndex + 1,
    steps: steps.length,
    part: group.indexOf(clamped) + 1,
    parts: group.length,
  };
}

export interface Round {
  readonly round: number;
  readonly rounds: number;
}

/**
 * The round of a repeating part `elapsedMs` into it: a paced-breathing part repeats its breath
 * cycle, a camera-checkable move repeats its target number of times (paced evenly over the part,
 * so the count keeps time without a camera). Null for a part done once.
 */
export function roundAt(part: PlayerStep, elapsedMs: number): Round | null {
  const cycleMs = part.breathing ? cycleSeconds(BREATHING_PATTERNS[part.breathing]) * 1000 : null;
  const rounds = cycleMs
    ? Math.round((part.seconds * 1000) / cycleMs)
    : (part.move?.targetReps ?? 1);
  if (rounds < 2) return null;
  const roundMs = (part.seconds * 1000) / rounds;
  const round = Math.floor(Math.max(0, elapsedMs) / roundMs) + 1;
  return { round: Math.min(rounds, round), rounds };
}

/** "Step 2 of 6". */
export const stepLabel = (position: StepPosition, t: Translate): string =>
  t('routines:player.step', { step: position.step, steps: position.steps });

/** "part 2 of 3", or null for a step done in one part. */
export const partLabel = (position: StepPosition, t: Translate): string | null =>
  position.parts > 1
    ? t('routines:player.part', { part: position.part, parts: position.parts })
    : null;

/** "Round 3 of 5". */
export const roundLabel = (round: Round, t: Translate): string =>
  t('routines:player.round', { round: round.round, rounds: round.rounds });
