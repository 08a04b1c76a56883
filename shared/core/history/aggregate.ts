import type { PostureState } from '../posture-status';
import type { HistoryFact } from './facts';
import { emptyMinute, MINUTE_MS, minuteStartOf, type MinuteAggregate } from './minute';

/** A minute being filled: posture time kept in ms so rounding happens once, when it closes. */
export interface OpenMinute {
  readonly minuteStartMs: number;
  readonly postureMs: Readonly<Record<PostureState, number>>;
  readonly nudges: number;
  readonly breaksTaken: number;
  readonly breaksPostponed: number;
  readonly breaksSkipped: number;
  readonly routinesDone: readonly string[];
}

export function openMinute(minuteStartMs: number): OpenMinute {
  return {
    minuteStartMs,
    postureMs: { upright: 0, slouching: 0, away: 0, uncertain: 0 },
    nudges: 0,
    breaksTaken: 0,
    breaksPostponed: 0,
    breaksSkipped: 0,
    routinesDone: [],
  };
}

const toSeconds = (ms: number): number => Math.min(60, Math.round(ms / 1000));

export function closeMinute(open: OpenMinute): MinuteAggregate {
  return {
    ...emptyMinute(open.minuteStartMs),
    uprightS: toSeconds(open.postureMs.upright),
    slouchingS: toSeconds(open.postureMs.slouching),
    awayS: toSeconds(open.postureMs.away),
    uncertainS: toSeconds(open.postureMs.uncertain),
    nudges: open.nudges,
    breaksTaken: open.breaksTaken,
    breaksPostponed: open.breaksPostponed,
    breaksSkipped: open.breaksSkipped,
    routinesDone: open.routinesDone,
  };
}

/** The pieces of a fact, one per minute it touches: [minuteStartMs, change]. */
function* factPieces(fact: HistoryFact): Generator<[number, (m: OpenMinute) => OpenMinute]> {
  switch (fact.kind) {
    case 'posture': {
      for (let start = minuteStartOf(fact.fromMs); start < fact.toMs; start += MINUTE_MS) {
        const ms = Math.min(fact.toMs, start + MINUTE_MS) - Math.max(fact.fromMs, start);
        if (ms <= 0) continue;
        yield [
          start,
          (m) => ({
            ...m,
            postureMs: { ...m.postureMs, [fact.state]: m.postureMs[fact.state] + ms },
          }),
        ];
      }
      return;
    }
    case 'nudge':
      yield [minuteStartOf(fact.atMs), (m) => ({ ...m, nudges: m.nudges + 1 })];
      return;
    case 'break': {
      const key = (
        { taken: 'breaksTaken', postponed: 'breaksPostponed', skipped: 'breaksSkipped' } as const
      )[fact.outcome];
      yield [minuteStartOf(fact.atMs), (m) => ({ ...m, [key]: m[key] + 1 })];
      return;
    }
    case 'routine-finished':
      yield [
        minuteStartOf(fact.atMs),
        (m) => ({ ...m, routinesDone: [...m.routinesDone, fact.routineId] }),
      ];
      return;
  }
}

/** Add one fact to a set of open minutes (keyed by start), returning a new map. */
export function addFact(
  open: ReadonlyMap<number, OpenMinute>,
  fact: HistoryFact,
): Map<number, OpenMinute> {
  const next = new Map(open);
  for (const [start, change] of factPieces(fact)) {
    next.set(start, change(next.get(start) ?? openMinute(start)));
  }
  return next;
}

/** Aggregate a whole batch of facts into minutes, sorted by time. */
export function aggregateFacts(facts: Iterable<HistoryFact>): MinuteAggregate[] {
  let open: Map<number, OpenMinute> = new Map();
  for (const fact of facts) open = addFact(open, fact);
  return [...open.values()].sort((a, b) => a.minuteStartMs - b.minuteStartMs).map(closeMinute);
}
