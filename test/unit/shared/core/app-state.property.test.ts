import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppEffect, NudgeLevel } from '../../../../shared/core/app-effects';
import type { AppEvent } from '../../../../shared/core/app-events';
import { initialAppState, step, type AppState } from '../../../../shared/core/app-state';
import type { PostureState } from '../../../../shared/core/posture-status';
import { nextBreak } from '../../../../shared/core/schedule/break-scheduler';
import type { Settings } from '../../../../shared/core/settings/schema';
import { HOUR, MINUTE, MONDAY_MIDNIGHT_UTC, SECOND, settingsWith } from './app-sim';

/**
 * Random days thrown at the whole core. The test keeps its own simple account of the facts
 * (paused, locked, asleep, on a break, last verdict) from the events it sends, so the checks do not
 * lean on the code under test.
 */

const verdict = fc.constantFrom<PostureState>(
  'upright',
  'slouching',
  'slouching',
  'away',
  'uncertain',
);

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    graceSeconds: fc.integer({ min: 5, max: 120 }),
    cooldownSeconds: fc.integer({ min: 10, max: 600 }),
    escalateAfterSeconds: fc.integer({ min: 10, max: 600 }),
    escalation: fc.subarray<NudgeLevel>(['tray', 'notification', 'glow', 'sound'], {
      minLength: 1,
    }),
    suggestBreakAfterEpisodes: fc.integer({ min: 2, max: 6 }),
    microEnabled: fc.boolean(),
    microEveryMinutes: fc.integer({ min: 5, max: 40 }),
    microDurationSeconds: fc.integer({ min: 10, max: 60 }),
    longEnabled: fc.boolean(),
    longEveryMinutes: fc.integer({ min: 20, max: 120 }),
    longDurationMinutes: fc.integer({ min: 1, max: 10 }),
    headsUpSeconds: fc.integer({ min: 0, max: 60 }),
    postponeMinutes: fc.integer({ min: 1, max: 10 }),
    maxPostpones: fc.integer({ min: 0, max: 3 }),
    allowSkip: fc.boolean(),
    naturalBreakMinutes: fc.integer({ min: 1, max: 10 }),
    workingHours: fc.boolean(),
  })
  .map((r) =>
    settingsWith({
      coaching: {
        graceSeconds: r.graceSeconds,
        cooldownSeconds: r.cooldownSeconds,
        escalateAfterSeconds: r.escalateAfterSeconds,
        escalation: r.escalation,
        suggestBreakAfterEpisodes: r.suggestBreakAfterEpisodes,
      },
      breaks: {
        microEnabled: r.microEnabled,
        microEveryMinutes: r.microEveryMinutes,
        microDurationSeconds: r.microDurationSeconds,
        longEnabled: r.longEnabled,
        longEveryMinutes: r.longEveryMinutes,
        longDurationMinutes: r.longDurationMinutes,
        headsUpSeconds: r.headsUpSeconds,
        postponeMinutes: r.postponeMinutes,
        maxPostpones: r.maxPostpones,
        allowSkip: r.allowSkip,
        naturalBreakMinutes: r.naturalBreakMinutes,
      },
      workingHours: {
        enabled: r.workingHours,
        start: '09:00',
        end: '17:30',
        days: [1, 2, 3, 4, 5],
      },
    }),
  );

type Action =
  | { readonly kind: 'posture-run'; readonly state: PostureState; readonly seconds: number }
  | { readonly kind: 'ticks'; readonly seconds: number }
  | { readonly kind: 'event'; readonly event: EventSpec; readonly gapMs: number }
  | { readonly kind: 'silent-gap'; readonly ms: number };

type EventSpec =
  | { readonly type: 'power'; readonly what: 'suspend' | 'resume' | 'lock' | 'unlock' }
  | { readonly type: 'idle'; readonly idleSeconds: number }
  | { readonly type: 'pause'; readonly minutes: number }
  | { readonly type: 'resume' }
  | { readonly type: 'break:take-now' | 'break:postpone' | 'break:skip' | 'break:finished' }
  | { readonly type: 'fullscreen' | 'dnd' | 'call'; readonly on: boolean }
  | { readonly type: 'camera-error' | 'camera-running' };

const eventSpec: fc.Arbitrary<EventSpec> = fc.oneof(
  fc.record({
    type: fc.constant('power' as const),
    what: fc.constantFrom('suspend', 'resume', 'lock', 'unlock'),
  }),
  fc.record({ type: fc.constant('idle' as const), idleSeconds: fc.integer({ min: 0, max: 900 }) }),
  fc.record({ type: fc.constant('pause' as const), minutes: fc.integer({ min: 1, max: 90 }) }),
  fc.constant({ type: 'resume' as const }),
  fc.record({
    type: fc.constantFrom('break:take-now', 'break:postpone', 'break:skip', 'break:finished'),
  }),
  fc.record({ type: fc.constantFrom('fullscreen', 'dnd', 'call'), on: fc.boolean() }),
  fc.record({ type: fc.constantFrom('camera-error', 'camera-running') }),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('posture-run' as const),
      state: verdict,
      seconds: fc.integer({ min: 1, max: 400 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('ticks' as const),
      seconds: fc.integer({ min: 1, max: 900 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      event: eventSpec,
      gapMs: fc.integer({ min: 0, max: 5000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('silent-gap' as const),
      ms: fc.integer({ min: 1, max: 3 * HOUR }),
    }),
  },
);

function toEvent(spec: EventSpec, nowMs: number): AppEvent {
  switch (spec.type) {
    case 'pause':
      return { type: 'pause', until: nowMs + spec.minutes * MINUTE };
    case 'camera-error':
      return {
        type: 'monitor-status',
        status: { kind: 'error', problem: 'camera-lost', message: 'lost' },
      };
    case 'camera-running':
      return { type: 'monitor-status', status: { kind: 'running', backend: 'wasm' } };
    default:
      return spec;
  }
}

/** The test's own account of the facts, from what it sent and what came back. */
interface Facts {
  pausedUntil: number | null;
  locked: boolean;
  suspended: boolean;
  onBreak: boolean;
  lastVerdict: PostureState | null;
}

interface Run {
  readonly state: AppState;
  readonly nowMs: number;
  readonly nudges: Array<{ atMs: number; type: string; level?: string }>;
  readonly violations: string[];
  readonly effects: Array<{ atMs: number; effect: AppEffect }>;
}

function play(settings: Settings, actions: readonly Action[], startMs: number): Run {
  let state = initialAppState(settings, startMs, { timeZone: 'UTC' });
  let now = startMs;
  const facts: Facts = {
    pausedUntil: null,
    locked: false,
    suspended: false,
    onBreak: false,
    lastVerdict: null,
  };
  const nudges: Array<{ atMs: number; type: string; level?: string }> = [];
  const violations: string[] = [];
  const effects: Array<{ atMs: number; effect: AppEffect }> = [];

  const send = (event: AppEvent): void => {
    if (event.type === 'posture') facts.lastVerdict = event.report.state;
    if (event.type === 'power') {
      if (event.what === 'lock') facts.locked = true;
      if (event.what === 'unlock') facts.locked = false;
      if (event.what === 'suspend') facts.suspended = true;
      if (event.what === 'resume') facts.suspended = false;
    }
    if (event.type === 'pause' && typeof event.until === 'number' && event.until > now)
      facts.pausedUntil = event.until;
    if (event.type === 'resume') facts.pausedUntil = null;
    const result = step(state, event, now);
    state = result.state;
    for (const effect of result.effects) {
      effects.push({ atMs: now, effect });
      if (effect.type === 'break:start') facts.onBreak = true;
      if (effect.type === 'break:end') facts.onBreak = false;
    }
    const paused = facts.pausedUntil !== null && now < facts.pausedUntil;
    for (const effect of result.effects) {
      if (effect.type !== 'nudge' && effect.type !== 'suggest-stretch') continue;
      nudges.push({
        atMs: now,
        type: effect.type,
        ...(effect.type === 'nudge' ? { level: effect.level } : {}),
      });
      const why = [
        paused && 'paused',
        facts.locked && 'locked',
        facts.suspended && 'asleep',
        facts.onBreak && 'on a break',
        facts.lastVerdict === 'away' && 'away',
        facts.lastVerdict !== 'slouching' && `last verdict ${facts.lastVerdict}`,
      ].filter(Boolean);
      if (why.length) violations.push(`${effect.type} at ${now} while ${why.join(', ')}`);
    }
  };

  for (const a of actions) {
    switch (a.kind) {
      case 'posture-run':
        for (let t = 0; t < a.seconds; t += 2) {
          now += 2 * SECOND;
          send({
            type: 'posture',
            report: { timeMs: now, state: a.state, reasons: [], slouchScore: 0.5 },
          });
        }
        break;
      case 'ticks':
        for (let t = 0; t < a.seconds; t += 1) {
          now += SECOND;
          send({ type: 'tick' });
        }
        break;
      case 'event':
        now += a.gapMs;
        send(toEvent(a.event, now));
        break;
      case 'silent-gap':
        now += a.ms;
        break;
    }
  }
  return { state, nowMs: now, nudges, violations, effects };
}

/** Mostly weekday working hours (where things happen), sometimes any time of the week. */
const startArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 9 * 60, max: 15 * 60 }))
      .map(([d, m]) => MONDAY_MIDNIGHT_UTC + d * 24 * HOUR + m * MINUTE),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0, max: 7 * 24 * 60 - 1 })
      .map((m) => MONDAY_MIDNIGHT_UTC + m * MINUTE),
  },
);

describe('app core properties', () => {
  it('never nudges while away, paused, locked, asleep or on a break, nor without slouching', () => {
    let runsWithNudges = 0;
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(action, { maxLength: 60 }),
        startArb,
        (settings, actions, start) => {
          const run = play(settings, actions, start);
          if (run.nudges.length > 0) runsWithNudges += 1;
          expect(run.violations).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
    // Guard against a vacuous pass: the random days must actually produce nudges.
    expect(runsWithNudges).toBeGreaterThan(30);
  });

  it('waits the cooldown before a first nudge and the step time between the steps of one slouch', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(action, { maxLength: 60 }),
        startArb,
        (settings, actions, start) => {
          const { nudges } = play(settings, actions, start);
          const { cooldownSeconds, escalateAfterSeconds, escalation } = settings.coaching;
          const step = Math.min(cooldownSeconds, escalateAfterSeconds) * SECOND;
          for (let i = 1; i < nudges.length; i += 1) {
            const gap = nudges[i]!.atMs - nudges[i - 1]!.atMs;
            expect(gap).toBeGreaterThanOrEqual(step);
            // A first step or a stretch suggestion starts a slouch's nudges: the cooldown.
            const current = nudges[i]!;
            if (current.type === 'suggest-stretch' || current.level === escalation[0]) {
              expect(gap).toBeGreaterThanOrEqual(cooldownSeconds * SECOND);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps breaks and the camera consistent: starts and ends alternate, the camera is told only changes', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(action, { maxLength: 60 }),
        startArb,
        (settings, actions, start) => {
          const { effects } = play(settings, actions, start);
          const breaks = effects.filter(
            (e) => e.effect.type === 'break:start' || e.effect.type === 'break:end',
          );
          breaks.forEach((e, i) =>
            expect(e.effect.type).toBe(i % 2 === 0 ? 'break:start' : 'break:end'),
          );
          const camera = effects.flatMap((e) => (e.effect.type === 'camera' ? [e.effect.on] : []));
          for (let i = 1; i < camera.length; i += 1) expect(camera[i]).not.toBe(camera[i - 1]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never loses a break across suspend: the timer is kept, or a natural break resets it, and a due break follows', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.array(action, { maxLength: 40 }),
        startArb,
        fc.integer({ min: SECOND, max: 3 * HOUR }),
        (settings, actions, start, sleepMs) => {
          const before = play(settings, actions, start);
          const s0 = before.state;
          let state = s0;
          let now = before.nowMs;
          const effects: AppEffect[] = [];
          const send = (event: AppEvent): void => {
            const r = step(state, event, now);
            state = r.state;
            effects.push(...r.effects);
          };
          send({ type: 'power', what: 'suspend' });
          const atSuspend = state.scheduler;
          now += sleepMs;
          send({ type: 'power', what: 'resume' });

          const natural = effects.some(
            (e) => e.type === 'record' && e.fact.kind === 'natural-break',
          );
          if (atSuspend.phase.kind !== 'on-break') {
            if (natural) {
              expect(state.scheduler.microWorkMs).toBe(0);
            } else {
              // Time asleep is not work time, and nothing counted before is forgotten.
              expect(state.scheduler.microWorkMs).toBe(atSuspend.microWorkMs);
              expect(state.scheduler.longWorkMs).toBe(atSuspend.longWorkMs);
            }
          }

          // Now let the person work with nothing in the way: the next break must come on time.
          for (const event of [
            { type: 'resume' },
            { type: 'power', what: 'unlock' },
            { type: 'fullscreen', on: false },
            { type: 'dnd', on: false },
            { type: 'call', on: false },
            { type: 'idle', idleSeconds: 0 },
            {
              type: 'settings',
              settings: { ...settings, workingHours: { ...settings.workingHours, enabled: false } },
            },
          ] as const satisfies readonly AppEvent[]) {
            send(event);
          }
          const next = nextBreak(state.scheduler, settings.breaks);
          const breaksOn = settings.breaks.microEnabled || settings.breaks.longEnabled;
          const onBreakNow = state.scheduler.phase.kind === 'on-break';
          if (!breaksOn || onBreakNow || next === null) return;
          const budgetMs =
            Math.max(0, next.remainingMs) + (settings.breaks.headsUpSeconds + 3) * SECOND;
          const startsBefore = effects.filter((e) => e.type === 'break:start').length;
          for (let t = 0; t < budgetMs; t += SECOND) {
            now += SECOND;
            send({
              type: 'posture',
              report: { timeMs: now, state: 'upright', reasons: [], slouchScore: 0 },
            });
          }
          expect(effects.filter((e) => e.type === 'break:start').length).toBe(startsBefore + 1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
