import { describe, expect, it } from 'vitest';
import type { AppEffect } from '../../../../../shared/core/app-effects';
import {
  coachEvaluate,
  coachObserve,
  initialCoachState,
  nudgeShowing,
  type CoachState,
} from '../../../../../shared/core/coach/posture-coach';
import type { PostureState } from '../../../../../shared/core/posture-status';
import { defaultSettings, type Settings } from '../../../../../shared/core/settings/schema';

const S = 1000;

/** Drive the coach alone: one verdict per second, evaluating after each. */
function drive(
  coaching: Settings['coaching'],
  script: Array<[PostureState | null, number]>,
  allow: (t: number) => boolean = () => true,
): { effects: Array<{ t: number; e: AppEffect }>; state: CoachState } {
  let state = initialCoachState;
  let t = 0;
  const effects: Array<{ t: number; e: AppEffect }> = [];
  for (const [verdict, seconds] of script) {
    for (let i = 0; i < seconds; i += 1) {
      t += S;
      const observed = coachObserve(
        state,
        verdict,
        verdict === 'slouching' ? 'head forward' : null,
        t,
      );
      const evaluated = coachEvaluate(observed.state, coaching, allow(t), t);
      state = evaluated.state;
      for (const e of [...observed.effects, ...evaluated.effects]) effects.push({ t, e });
    }
  }
  return { effects, state };
}

const coaching = (patch: Partial<Settings['coaching']> = {}): Settings['coaching'] => ({
  ...defaultSettings().coaching,
  graceSeconds: 30,
  cooldownSeconds: 60,
  escalateAfterSeconds: 60,
  escalation: ['tray', 'notification', 'glow'],
  ...patch,
});

const nudges = (effects: Array<{ t: number; e: AppEffect }>) =>
  effects.flatMap(({ t, e }) =>
    e.type === 'nudge' ? [{ t, level: e.level, reason: e.reason }] : [],
  );

describe('posture coach', () => {
  it('waits out the grace period before the first nudge', () => {
    const short = drive(coaching(), [
      ['upright', 5],
      ['slouching', 29],
    ]);
    expect(nudges(short.effects)).toEqual([]);
    const long = drive(coaching(), [
      ['upright', 5],
      ['slouching', 31],
    ]);
    // Slouching began at t=6 s; grace 30 s: the nudge is at t=36 s.
    expect(nudges(long.effects).map((n) => [n.t, n.level])).toEqual([[36 * S, 'tray']]);
    expect(nudges(long.effects)[0]?.reason).toBe('head forward');
  });

  it('escalates one enabled step per cooldown, then stops at the last step', () => {
    const { effects, state } = drive(coaching(), [['slouching', 400]]);
    expect(nudges(effects).map((n) => [n.t / S, n.level])).toEqual([
      [31, 'tray'],
      [91, 'notification'],
      [151, 'glow'],
    ]);
    expect(nudgeShowing(state)).toBe(true);
  });

  it('climbs the steps of one slouch at the step time, and waits the cooldown before the next slouch', () => {
    const { effects } = drive(coaching({ escalateAfterSeconds: 20, cooldownSeconds: 120 }), [
      ['slouching', 100],
      ['upright', 10],
      ['slouching', 200],
    ]);
    expect(nudges(effects).map((n) => [n.t / S, n.level])).toEqual([
      [31, 'tray'],
      [51, 'notification'],
      [71, 'glow'],
      // The second slouch began at 111 s: past its grace at 141 s, but the cooldown since the
      // last nudge (71 s) runs to 191 s.
      [191, 'tray'],
      [211, 'notification'],
      [231, 'glow'],
    ]);
  });

  it('with the default timings, a sustained slouch is noticed within about a minute', () => {
    const { effects } = drive(defaultSettings().coaching, [['slouching', 300]]);
    const shown = nudges(effects).map((n) => [n.t / S, n.level]);
    expect(shown).toEqual([
      [21, 'tray'],
      [51, 'notification'],
      [81, 'glow'],
    ]);
  });

  it('uses only the steps the person enabled, in their order', () => {
    const { effects } = drive(coaching({ escalation: ['glow', 'sound'] }), [['slouching', 200]]);
    expect(nudges(effects).map((n) => n.level)).toEqual(['glow', 'sound']);
  });

  it('never nudges when every step is disabled', () => {
    const { effects } = drive(coaching({ escalation: [] }), [['slouching', 600]]);
    expect(effects).toEqual([]);
  });

  it('clears and acknowledges when the person sits up after a nudge', () => {
    const { effects, state } = drive(coaching(), [
      ['slouching', 40],
      ['upright', 2],
    ]);
    const after = effects.filter(({ t }) => t > 40 * S).map(({ e }) => e.type);
    expect(after).toEqual(['nudge:clear', 'acknowledge']);
    expect(nudgeShowing(state)).toBe(false);
  });

  it('sitting up before any nudge needs no acknowledgement', () => {
    const { effects } = drive(coaching(), [
      ['slouching', 20],
      ['upright', 5],
    ]);
    expect(effects).toEqual([]);
  });

  it.each(['uncertain', 'away', null] as const)(
    '%s never counts as slouching and clears a nudge silently',
    (verdict) => {
      const alone = drive(coaching(), [[verdict, 600]]);
      expect(nudges(alone.effects)).toEqual([]);
      const interrupted = drive(coaching(), [
        ['slouching', 20],
        [verdict, 1],
        ['slouching', 20],
      ]);
      expect(nudges(interrupted.effects)).toEqual([]);
      const cleared = drive(coaching(), [
        ['slouching', 35],
        [verdict, 1],
      ]);
      expect(cleared.effects.map(({ e }) => e.type).filter((t) => t !== 'record')).toEqual([
        'nudge',
        'nudge:clear',
      ]);
    },
  );

  it('keeps the cooldown between episodes', () => {
    // Nudged at 31 s, sits up at 33 s, slouches again from 34 s: grace ends at 64 s, cooldown at 91 s.
    const { effects } = drive(coaching(), [
      ['slouching', 33],
      ['upright', 1],
      ['slouching', 120],
    ]);
    expect(nudges(effects).map((n) => n.t / S)).toEqual([31, 91, 151]);
  });

  it('suggests a stretch instead of the n-th episode within an hour, then counts afresh', () => {
    const episode: Array<[PostureState, number]> = [
      ['slouching', 35],
      ['upright', 60],
    ];
    const script = Array.from({ length: 6 }, () => episode).flat();
    const { effects } = drive(coaching({ suggestBreakAfterEpisodes: 3 }), script);
    const kinds = effects
      .map(({ e }) => e.type)
      .filter((t) => t === 'nudge' || t === 'suggest-stretch');
    expect(kinds).toEqual([
      'nudge',
      'nudge',
      'suggest-stretch',
      'nudge',
      'nudge',
      'suggest-stretch',
    ]);
  });

  it('episodes older than an hour do not add up', () => {
    const episode: Array<[PostureState, number]> = [
      ['slouching', 35],
      ['upright', 61 * 60],
    ];
    const { effects } = drive(coaching({ suggestBreakAfterEpisodes: 2 }), [
      ...episode,
      ...episode,
      ...episode,
    ]);
    expect(effects.some(({ e }) => e.type === 'suggest-stretch')).toBe(false);
  });

  it('withdraws a nudge while interrupting is not allowed and shows the same step again afterwards', () => {
    // Blocked (e.g. fullscreen) from 40 s to 200 s while the person keeps slouching.
    const blocked = (t: number): boolean => t <= 40 * S || t > 200 * S;
    const { effects } = drive(coaching(), [['slouching', 300]], blocked);
    const shown = effects.filter(({ e }) => e.type === 'nudge' || e.type === 'nudge:clear');
    expect(shown.map(({ t, e }) => [t / S, e.type === 'nudge' ? e.level : 'clear'])).toEqual([
      [31, 'tray'],
      [41, 'clear'],
      [201, 'tray'],
      [261, 'notification'],
    ]);
  });
});
