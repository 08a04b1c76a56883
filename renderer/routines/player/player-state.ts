import type { BreathingPatternId } from '../content/breathing-patterns';
import type { IllustrationId } from '../illustrations/figure-specs';
import type { MoveId } from '../moves/move-ids';
import type { ResolvedRoutine } from '../selection/resolve-routine';
import { partsByStep } from './routine-structure';

/**
 * The routine player's timer as a pure state machine: `stepPlayer(state, event, nowMs)`. No
 * clock is read here; the component passes the time in, so tests can play a five-minute routine
 * in microseconds and the same code runs on a fast or manual clock in Playwright.
 *
 * The machine times and moves through *parts*: an item's own lines, one after another. What a
 * person calls a step is a whole item (routine-structure.ts); the summary counts those.
 */
export interface PlayerStep {
  readonly itemId: string;
  readonly itemTitle: string;
  /** Position of the item in the routine: the step this part belongs to (routine-structure.ts). */
  readonly itemIndex: number;
  readonly text: string;
  readonly seconds: number;
  readonly illustration: IllustrationId;
  readonly breathing?: BreathingPatternId;
  readonly move?: { readonly id: MoveId; readonly targetReps: number };
}

export type PlayerStatus = 'running' | 'paused' | 'finished' | 'ended';
export type StepOutcome = 'pending' | 'done' | 'skipped';

export interface PlayerState {
  readonly routineId: string;
  readonly steps: readonly PlayerStep[];
  readonly index: number;
  readonly status: PlayerStatus;
  /** Time spent in the current step, up to `lastMs`. */
  readonly stepElapsedMs: number;
  readonly lastMs: number;
  readonly startedAtMs: number;
  /** Running (not paused) time over the whole routine. */
  readonly activeMs: number;
  readonly outcomes: readonly StepOutcome[];
  /** Repetitions the camera confirmed, by step index. */
  readonly reps: Readonly<Record<number, number>>;
  /** Set when the player paused itself because time jumped (sleep, a frozen window). */
  readonly interrupted: boolean;
}

export type PlayerEvent =
  | { readonly type: 'tick' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'toggle-pause' }
  | { readonly type: 'skip' }
  | { readonly type: 'back' }
  | { readonly type: 'end' }
  | { readonly type: 'reps'; readonly stepIndex: number; readonly reps: number };

/** A gap between two updates longer than this is an interruption, not time spent stretching. */
export const MAX_GAP_MS = 30_000;
/** "Back" within this much of a step's start goes to the previous step; later, it restarts this one. */
export const BACK_RESTARTS_AFTER_MS = 2_000;

export function flattenRoutine(routine: ResolvedRoutine): PlayerStep[] {
  return routine.items.flatMap((item, itemIndex) =>
    item.steps.map((step) => ({
      itemId: item.id,
      itemTitle: item.title,
      itemIndex,
      text: step.text,
      seconds: step.seconds,
      illustration: item.illustration,
      ...(step.breathing ? { breathing: step.breathing } : {}),
      ...(step.move ? { move: step.move } : {}),
    })),
  );
}

export function startPlayer(
  routineId: string,
  steps: readonly PlayerStep[],
  nowMs: number,
): PlayerState {
  return {
    routineId,
    steps,
    index: 0,
    status: steps.length > 0 ? 'running' : 'finished',
    stepElapsedMs: 0,
    lastMs: nowMs,
    startedAtMs: nowMs,
    activeMs: 0,
    outcomes: steps.map(() => 'pending'),
    reps: {},
    interrupted: false,
  };
}

const isOver = (state: PlayerState): boolean =>
  state.status === 'finished' || state.status === 'ended';

function withOutcome(
  outcomes: readonly StepOutcome[],
  index: number,
  outcome: StepOutcome,
): StepOutcome[] {
  return outcomes.map((existing, i) => (i === index ? outcome : existing));
}

/** Move past the current step with the given outcome; past the last step the routine is finished. */
function leaveStep(state: PlayerState, outcome: StepOutcome, carryMs: number): PlayerState {
  const outcomes = withOutcome(state.outcomes, state.index, outcome);
  if (state.index + 1 >= state.steps.length) {
    return { ...state, outcomes, status: 'finished', stepElapsedMs: 0 };
  }
  return { ...state, outcomes, index: state.index + 1, stepElapsedMs: carryMs };
}

/** Bring the clock up to `nowMs`: running time accrues and finished steps roll over. */
function advance(state: PlayerState, nowMs: number): PlayerState {
  if (isOver(state)) return state;
  const gap = Math.max(0, nowMs - state.lastMs);
  if (state.status === 'paused') return { ...state, lastMs: nowMs };
  if (gap > MAX_GAP_MS) return { ...state, status: 'paused', interrupted: true, lastMs: nowMs };
  let next: PlayerState = {
    ...state,
    lastMs: nowMs,
    activeMs: state.activeMs + gap,
    stepElapsedMs: state.stepElapsedMs + gap,
  };
  for (;;) {
    const step = next.steps[next.index];
    if (!step || next.status !== 'running') return next;
    const durationMs = step.seconds * 1000;
    if (next.stepElapsedMs < durationMs) return next;
    next = leaveStep(next, 'done', next.stepElapsedMs - durationMs);
  }
}

export function stepPlayer(state: PlayerState, event: PlayerEvent, nowMs: number): PlayerState {
  const current = advance(state, nowMs);
  if (isOver(current)) return current;
  switch (event.type) {
    case 'tick':
      return current;
    case 'pause':
      return { ...current, status: 'paused' };
    case 'resume':
      return { ...current, status: 'running', interrupted: false };
    case 'toggle-pause':
      return current.status === 'paused'
        ? { ...current, status: 'running', interrupted: false }
        : { ...current, status: 'paused' };
    case 'skip':
      return leaveStep(current, 'skipped', 0);
    case 'back': {
      if (current.stepElapsedMs > BACK_RESTARTS_AFTER_MS || current.index === 0) {
        return { ...current, stepElapsedMs: 0 };
      }
      const index = current.index - 1;
      return {
        ...current,
        index,
        stepElapsedMs: 0,
        outcomes: withOutcome(current.outcomes, index, 'pending'),
      };
    }
    case 'end':
      return { ...current, status: 'ended' };
    case 'reps':
      return {
        ...current,
        reps: { ...current.reps, [event.stepIndex]: Math.max(0, Math.floor(event.reps)) },
      };
  }
}

export interface PlayerView {
  readonly step: PlayerStep | undefined;
  /** The current part (see routine-structure.ts for the step it belongs to). */
  readonly index: number;
  readonly status: PlayerStatus;
  readonly stepElapsedMs: number;
  readonly stepRemainingMs: number;
  /** 0..1 through the current step and through the whole routine (by time). */
  readonly stepProgress: number;
  readonly routineProgress: number;
  readonly totalMs: number;
}

/** What the screen shows at `nowMs`, without changing the state. */
export function viewPlayer(state: PlayerState, nowMs: number): PlayerView {
  const current = advance(state, nowMs);
  const step = current.steps[current.index];
  const totalMs = current.steps.reduce((sum, s) => sum + s.seconds * 1000, 0);
  const done = isOver(current) && current.status === 'finished';
  const beforeMs = current.steps
    .slice(0, current.index)
    .reduce((sum, s) => sum + s.seconds * 1000, 0);
  const stepMs = (step?.seconds ?? 0) * 1000;
  const elapsed = done ? stepMs : Math.min(current.stepElapsedMs, stepMs);
  return {
    step,
    index: current.index,
    status: current.status,
    stepElapsedMs: elapsed,
    stepRemainingMs: Math.max(0, stepMs - elapsed),
    stepProgress: stepMs > 0 ? elapsed / stepMs : 1,
    routineProgress: done ? 1 : totalMs > 0 ? (beforeMs + elapsed) / totalMs : 1,
    totalMs,
  };
}

export interface MoveResult {
  readonly itemId: string;
  readonly moveId: MoveId;
  readonly reps: number;
  readonly targetReps: number;
}

export interface PlayerSummary {
  readonly routineId: string;
  readonly outcome: 'finished' | 'ended';
  /** Steps as a person counts them: items, whatever their number of parts. */
  readonly totalSteps: number;
  /** Steps whose every part was done. */
  readonly completedSteps: number;
  /** Steps with at least one part skipped. */
  readonly skippedSteps: number;
  /** Items whose every step was done (not skipped). */
  readonly completedItemIds: readonly string[];
  readonly activeSeconds: number;
  readonly startedAtMs: number;
  readonly endedAtMs: number;
  readonly moves: readonly MoveResult[];
}

export function summarisePlayer(state: PlayerState): PlayerSummary {
  const itemIds = [...new Set(state.steps.map((step) => step.itemId))];
  const completedItemIds = itemIds.filter((itemId) =>
    state.steps.every((step, i) => step.itemId !== itemId || state.outcomes[i] === 'done'),
  );
  const moves: MoveResult[] = [];
  state.steps.forEach((step, i) => {
    if (step.move) {
      moves.push({
        itemId: step.itemId,
        moveId: step.move.id,
        reps: state.reps[i] ?? 0,
        targetReps: step.move.targetReps,
      });
    }
  });
  const steps = partsByStep(state.steps);
  const stepsWhere = (test: (outcomes: StepOutcome[]) => boolean): number =>
    steps.filter((parts) => test(parts.map((i) => state.outcomes[i] ?? 'pending'))).length;
  return {
    routineId: state.routineId,
    outcome: state.status === 'finished' ? 'finished' : 'ended',
    totalSteps: steps.length,
    completedSteps: stepsWhere((outcomes) => outcomes.every((o) => o === 'done')),
    skippedSteps: stepsWhere((outcomes) => outcomes.includes('skipped')),
    completedItemIds,
    activeSeconds: Math.round(state.activeMs / 1000),
    startedAtMs: state.startedAtMs,
    endedAtMs: state.lastMs,
    moves,
  };
}
