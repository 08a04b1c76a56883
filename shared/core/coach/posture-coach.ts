import type { AppEffect, NudgeLevel } from '../app-effects';
import type { PostureState } from '../posture-status';
import type { Settings } from '../settings/schema';
import { HOUR_MS } from '../respect/local-time';

/**
 * The posture coach: a pure state machine from posture verdicts to nudges.
 *
 * - A slouch *run* starts with a 'slouching' verdict and ends with any other verdict ('upright',
 *   'away', 'uncertain') or when the verdicts stop coming (camera off, stale). 'uncertain' and
 *   'away' never count as slouching: they end the run, so the grace period starts afresh.
 * - When a run lasts past `graceSeconds`, it becomes an *episode* and the first nudge is shown at
 *   the first escalation step the person enabled. While slouching continues, each further nudge
 *   climbs one step, `escalateAfterSeconds` after the previous one. After the last step no more
 *   nudges come in that episode: the last one stays shown until the person sits up.
 * - An episode's first nudge (or stretch suggestion), and a nudge shown again after a pause in
 *   interruptions, come at least `cooldownSeconds` after the previous nudge.
 * - Sitting up after a nudge clears it and brings a short acknowledgement; leaving or an unclear
 *   view clears it silently.
 * - When an episode starts and it is the `suggestBreakAfterEpisodes`-th within an hour, the coach
 *   suggests a stretch break instead of nudging, and starts counting episodes afresh.
 * - When interruptions are not allowed (see respect/interruptions.ts) no nudge is shown and a
 *   showing one is cleared; if the person is still slouching afterwards, the same step is shown
 *   again once the cooldown allows.
 */
export interface CoachEpisode {
  readonly startMs: number;
  /** Nudges shown in this episode so far (the next step's index). */
  readonly nudgesShown: number;
  /** A nudge is showing right now. */
  readonly active: boolean;
  /** This episode got a stretch suggestion instead of nudges. */
  readonly suggested: boolean;
}

export interface CoachState {
  readonly slouchSinceMs: number | null;
  readonly episode: CoachEpisode | null;
  readonly lastNudgeAtMs: number | null;
  /** Start times of episodes within the last hour (for the stretch suggestion). */
  readonly recentEpisodesMs: readonly number[];
  /** The classifier's latest reason (its metric id), shown in words with a nudge. */
  readonly reason: string | null;
}

export const initialCoachState: CoachState = {
  slouchSinceMs: null,
  episode: null,
  lastNudgeAtMs: null,
  recentEpisodesMs: [],
  reason: null,
};

export interface CoachStep {
  readonly state: CoachState;
  readonly effects: readonly AppEffect[];
}

type Coaching = Settings['coaching'];

/**
 * A new verdict from the classifier, or `null` when verdicts stopped (camera off or stale).
 * `reason` is the verdict's first reason as a metric id; the words come at display time.
 */
export function coachObserve(
  state: CoachState,
  verdict: PostureState | null,
  reason: string | null,
  nowMs: number,
): CoachStep {
  if (verdict === 'slouching') {
    return {
      state: { ...state, slouchSinceMs: state.slouchSinceMs ?? nowMs, reason },
      effects: [],
    };
  }
  const effects: AppEffect[] = [];
  if (state.episode?.active) {
    effects.push({ type: 'nudge:clear' });
    if (verdict === 'upright') effects.push({ type: 'acknowledge' });
  }
  return { state: { ...state, slouchSinceMs: null, episode: null, reason: null }, effects };
}

/** Decide whether to nudge now. Call after every event, with whether interrupting is allowed. */
export function coachEvaluate(
  state: CoachState,
  coaching: Coaching,
  mayInterrupt: boolean,
  nowMs: number,
): CoachStep {
  const recentEpisodesMs = state.recentEpisodesMs.filter((t) => nowMs - t < HOUR_MS);
  const s: CoachState =
    recentEpisodesMs.length === state.recentEpisodesMs.length
      ? state
      : { ...state, recentEpisodesMs };

  if (!mayInterrupt) {
    if (!s.episode?.active) return { state: s, effects: [] };
    return {
      state: { ...s, episode: { ...s.episode, active: false } },
      effects: [{ type: 'nudge:clear' }],
    };
  }
  const levels = coaching.escalation;
  if (s.slouchSinceMs === null || levels.length === 0) return { state: s, effects: [] };
  if (nowMs - s.slouchSinceMs < coaching.graceSeconds * 1000) return { state: s, effects: [] };
  // Climbing the ladder of a nudge that is showing waits the step time; anything else, the cooldown.
  const climbing = s.episode?.active === true;
  const waitSeconds = climbing ? coaching.escalateAfterSeconds : coaching.cooldownSeconds;
  if (s.lastNudgeAtMs !== null && nowMs - s.lastNudgeAtMs < waitSeconds * 1000) {
    return { state: s, effects: [] };
  }

  const episode = s.episode;
  if (episode === null) {
    const episodes = [...s.recentEpisodesMs, s.slouchSinceMs];
    if (episodes.length >= coaching.suggestBreakAfterEpisodes) {
      return {
        state: {
          ...s,
          episode: { startMs: s.slouchSinceMs, nudgesShown: 0, active: false, suggested: true },
          lastNudgeAtMs: nowMs,
          recentEpisodesMs: [],
        },
        effects: [
          { type: 'suggest-stretch' },
          { type: 'record', fact: { kind: 'stretch-suggested', atMs: nowMs } },
        ],
      };
    }
    return nudge(
      { ...s, recentEpisodesMs: episodes },
      { startMs: s.slouchSinceMs, nudgesShown: 0, active: false, suggested: false },
      levels,
      0,
      nowMs,
    );
  }
  if (episode.suggested) return { state: s, effects: [] };
  // Shown again after a pause in interruptions: repeat the step the person last saw.
  if (!episode.active)
    return nudge(s, episode, levels, Math.max(0, episode.nudgesShown - 1), nowMs);
  if (episode.nudgesShown < levels.length)
    return nudge(s, episode, levels, episode.nudgesShown, nowMs);
  return { state: s, effects: [] };
}

function nudge(
  s: CoachState,
  episode: CoachEpisode,
  levels: readonly NudgeLevel[],
  index: number,
  nowMs: number,
): CoachStep {
  const level = levels[Math.min(index, levels.length - 1)] ?? 'tray';
  return {
    state: {
      ...s,
      episode: { ...episode, nudgesShown: Math.max(episode.nudgesShown, index + 1), active: true },
      lastNudgeAtMs: nowMs,
    },
    effects: [
      { type: 'nudge', level, reason: s.reason },
      { type: 'record', fact: { kind: 'nudge', level, atMs: nowMs } },
    ],
  };
}

/** Whether a nudge is showing (for the tray state). */
export const nudgeShowing = (state: CoachState): boolean => state.episode?.active === true;
