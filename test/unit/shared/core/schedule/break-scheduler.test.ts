import { describe, expect, it } from 'vitest';
import type { AppEffect } from '../../../../../shared/core/app-effects';
import {
  accrueWork,
  finishBreak,
  initialSchedulerState,
  naturalBreak,
  nextBreak,
  postponeBreak,
  postponesLeft,
  schedulerEvaluate,
  skipBreak,
  takeBreakNow,
  type SchedulerState,
} from '../../../../../shared/core/schedule/break-scheduler';
import { defaultSettings, type Settings } from '../../../../../shared/core/settings/schema';

const S = 1000;
const MIN = 60 * S;

const breaks = (patch: Partial<Settings['breaks']> = {}): Settings['breaks'] => ({
  ...defaultSettings().breaks,
  microEveryMinutes: 20,
  microDurationSeconds: 20,
  longEveryMinutes: 60,
  longDurationMinutes: 5,
  headsUpSeconds: 30,
  postponeMinutes: 5,
  maxPostpones: 2,
  allowSkip: true,
  ...patch,
});

/** Work every second for `seconds`, evaluating as the app does; returns effects with times. */
function work(
  start: SchedulerState,
  b: Settings['breaks'],
  fromMs: number,
  seconds: number,
  allow: (t: number) => boolean = () => true,
): { state: SchedulerState; effects: Array<{ t: number; e: AppEffect }>; t: number } {
  let state = start;
  let t = fromMs;
  const effects: Array<{ t: number; e: AppEffect }> = [];
  for (let i = 0; i < seconds; i += 1) {
    t += S;
    state = accrueWork(state, S);
    const r = schedulerEvaluate(state, b, allow(t), 0, t);
    state = r.state;
    for (const e of r.effects) effects.push({ t, e });
  }
  return { state, effects, t };
}

const visible = (effects: Array<{ t: number; e: AppEffect }>) =>
  effects.filter(({ e }) => e.type !== 'record').map(({ t, e }) => ({ s: t / S, ...e }));

describe('break scheduler', () => {
  it('announces a micro break, starts it on time, and ends it after its duration', () => {
    const { effects } = work(initialSchedulerState, breaks(), 0, 20 * 60 + 30);
    expect(visible(effects)).toEqual([
      { s: 20 * 60 - 30, type: 'break:heads-up', kind: 'micro', inSeconds: 30 },
      { s: 20 * 60, type: 'break:start', kind: 'micro', durationSeconds: 20, recentSlouchShare: 0 },
      { s: 20 * 60 + 20, type: 'break:end', kind: 'micro', outcome: 'taken' },
    ]);
    expect(effects.find(({ e }) => e.type === 'record')?.e).toEqual({
      type: 'record',
      fact: { kind: 'break', breakKind: 'micro', outcome: 'taken', atMs: (20 * 60 + 20) * S },
    });
  });

  it('starts without a heads-up when the heads-up is off', () => {
    const { effects } = work(initialSchedulerState, breaks({ headsUpSeconds: 0 }), 0, 20 * 60);
    expect(visible(effects).map((e) => [e.s, e.type])).toEqual([[1200, 'break:start']]);
  });

  it('lets a long break supersede a micro break due at the same time, resetting both', () => {
    const b = breaks({ microEveryMinutes: 30, longEveryMinutes: 60 });
    const { effects, state } = work(initialSchedulerState, b, 0, 61 * 60 + 5 * 60);
    const starts = visible(effects).filter((e) => e.type === 'break:start');
    expect(starts.map((e) => [e.s, 'kind' in e ? e.kind : ''])).toEqual([
      [30 * 60, 'micro'],
      // At 60 min of work (reached 20 s late: nothing counts during the micro break) both are
      // due: the long break wins.
      [60 * 60 + 20, 'long'],
    ]);
    expect(state.microWorkMs).toBeLessThan(2 * MIN);
  });

  it('micro breaks do not reset the long timer', () => {
    const { state } = work(initialSchedulerState, breaks(), 0, 25 * 60);
    expect(state.longWorkMs).toBe(25 * 60 * S - 20 * S);
    expect(state.microWorkMs).toBeLessThan(5 * MIN);
  });

  it('postpones up to the limit, each time by the postpone minutes of work', () => {
    const b = breaks();
    let r = work(initialSchedulerState, b, 0, 20 * 60 - 10); // in the heads-up
    expect(r.state.phase.kind).toBe('heads-up');
    expect(postponesLeft(r.state, b)).toBe(2);
    let p = postponeBreak(r.state, b, r.t);
    expect(p.effects).toEqual([
      {
        type: 'record',
        fact: { kind: 'break', breakKind: 'micro', outcome: 'postponed', atMs: r.t },
      },
    ]);
    expect(postponesLeft(p.state, b)).toBe(1);
    expect(nextBreak(p.state, b)).toEqual({ kind: 'micro', remainingMs: 5 * MIN });
    r = work(p.state, b, r.t, 5 * 60 - 10);
    p = postponeBreak(r.state, b, r.t);
    expect(postponesLeft(p.state, b)).toBe(0);
    r = work(p.state, b, r.t, 5 * 60 - 10);
    expect(r.state.phase.kind).toBe('heads-up');
    const refused = postponeBreak(r.state, b, r.t);
    expect(refused.state).toBe(r.state);
    expect(refused.effects).toEqual([]);
    r = work(r.state, b, r.t, 11);
    expect(r.state.phase.kind).toBe('on-break');
    expect(postponesLeft(r.state, b)).toBe(2);
  });

  it('postponing during the break ends it', () => {
    const b = breaks();
    const r = work(initialSchedulerState, b, 0, 20 * 60 + 5);
    expect(r.state.phase.kind).toBe('on-break');
    const p = postponeBreak(r.state, b, r.t);
    expect(p.effects[0]).toEqual({ type: 'break:end', kind: 'micro', outcome: 'postponed' });
    expect(p.state.phase.kind).toBe('counting');
  });

  it('skips only when allowed', () => {
    const r = work(initialSchedulerState, breaks(), 0, 20 * 60 - 10);
    expect(skipBreak(r.state, breaks({ allowSkip: false }), r.t).state).toBe(r.state);
    const skipped = skipBreak(r.state, breaks(), r.t);
    expect(skipped.state.phase.kind).toBe('counting');
    expect(skipped.state.microWorkMs).toBe(0);
    expect(skipped.effects).toEqual([
      {
        type: 'record',
        fact: { kind: 'break', breakKind: 'micro', outcome: 'skipped', atMs: r.t },
      },
    ]);
  });

  it('a due break waits while interrupting is not allowed, then gets a full heads-up', () => {
    const allowedFrom25 = (t: number): boolean => t >= 25 * MIN;
    const { effects } = work(initialSchedulerState, breaks(), 0, 26 * 60, allowedFrom25);
    expect(visible(effects).map((e) => [e.s, e.type])).toEqual([
      [25 * 60, 'break:heads-up'],
      [25 * 60 + 30, 'break:start'],
      [25 * 60 + 50, 'break:end'],
    ]);
  });

  it('withdraws a heads-up when interrupting stops being allowed', () => {
    const r = work(initialSchedulerState, breaks(), 0, 20 * 60 - 10);
    const withdrawn = schedulerEvaluate(r.state, breaks(), false, 0, r.t + S);
    expect(withdrawn.state.phase.kind).toBe('counting');
    expect(withdrawn.state.microWorkMs).toBe(r.state.microWorkMs);
  });

  it('a break taken now reports the recent slouching and suggests a posture focus when it was high', () => {
    const calm = takeBreakNow(initialSchedulerState, breaks(), 'long', 0.1, 0);
    expect(calm.effects).toEqual([
      { type: 'break:start', kind: 'long', durationSeconds: 300, recentSlouchShare: 0.1 },
    ]);
    const slouchy = takeBreakNow(initialSchedulerState, breaks(), undefined, 0.6, 0);
    expect(slouchy.effects).toEqual([
      {
        type: 'break:start',
        kind: 'micro',
        durationSeconds: 20,
        recentSlouchShare: 0.6,
        suggestedFocus: 'posture',
      },
    ]);
    expect(takeBreakNow(slouchy.state, breaks(), 'long', 0, 5).effects).toEqual([]);
    expect(finishBreak(slouchy.state, 10 * S).effects[0]).toEqual({
      type: 'break:end',
      kind: 'micro',
      outcome: 'taken',
    });
  });

  it('a natural break resets the micro timer, and the long one when asked', () => {
    const r = work(initialSchedulerState, breaks(), 0, 10 * 60);
    expect(naturalBreak(r.state, false)).toMatchObject({ microWorkMs: 0, longWorkMs: 10 * MIN });
    expect(naturalBreak(r.state, true)).toMatchObject({ microWorkMs: 0, longWorkMs: 0 });
  });

  it('schedules nothing when both kinds are off', () => {
    const b = breaks({ microEnabled: false, longEnabled: false });
    const { effects } = work(initialSchedulerState, b, 0, 3 * 60 * 60);
    expect(effects).toEqual([]);
    expect(nextBreak(initialSchedulerState, b)).toBeNull();
  });
});

describe('taking a break now', () => {
  it('keeps an announced long break long, and otherwise takes what was asked', () => {
    const b = breaks({ microEveryMinutes: 30, longEveryMinutes: 30 });
    const announcedLong = work(initialSchedulerState, b, 0, 30 * 60 - 10).state;
    expect(announcedLong.phase).toMatchObject({ kind: 'heads-up', breakKind: 'long' });
    expect(takeBreakNow(announcedLong, b, 'micro', 0, 0).state.phase).toMatchObject({
      breakKind: 'long',
    });
    const announcedMicro = work(initialSchedulerState, breaks(), 0, 20 * 60 - 10).state;
    expect(takeBreakNow(announcedMicro, breaks(), undefined, 0, 0).state.phase).toMatchObject({
      breakKind: 'micro',
    });
    expect(takeBreakNow(announcedMicro, breaks(), 'long', 0, 0).state.phase).toMatchObject({
      breakKind: 'long',
    });
  });
});
