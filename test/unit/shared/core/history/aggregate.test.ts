import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateFacts } from '../../../../../shared/core/history/aggregate';
import type { HistoryFact } from '../../../../../shared/core/history/facts';

const T0 = Date.UTC(2026, 10, 21, 9, 0);
const s = 1000;

describe('aggregateFacts', () => {
  it('splits a posture span across the minutes it covers', () => {
    const minutes = aggregateFacts([
      { kind: 'posture', state: 'upright', fromMs: T0 + 30 * s, toMs: T0 + 150 * s },
    ]);
    expect(minutes.map((m) => [m.minuteStartMs - T0, m.uprightS])).toEqual([
      [0, 30],
      [60 * s, 60],
      [120 * s, 30],
    ]);
  });

  it('counts each kind of event in its own minute', () => {
    const facts: HistoryFact[] = [
      { kind: 'posture', state: 'slouching', fromMs: T0, toMs: T0 + 20 * s },
      { kind: 'posture', state: 'away', fromMs: T0 + 20 * s, toMs: T0 + 45 * s },
      { kind: 'posture', state: 'uncertain', fromMs: T0 + 45 * s, toMs: T0 + 60 * s },
      { kind: 'nudge', level: 'tray', atMs: T0 + 5 * s },
      { kind: 'nudge', level: 'tray', atMs: T0 + 70 * s },
      { kind: 'break', breakKind: 'micro', outcome: 'taken', atMs: T0 + 10 * s },
      { kind: 'break', breakKind: 'micro', outcome: 'postponed', atMs: T0 + 11 * s },
      { kind: 'break', breakKind: 'micro', outcome: 'skipped', atMs: T0 + 12 * s },
      { kind: 'routine-finished', routineId: 'neck-rolls', atMs: T0 + 50 * s },
    ];
    const [first, second] = aggregateFacts(facts);
    expect(first).toEqual({
      minuteStartMs: T0,
      uprightS: 0,
      slouchingS: 20,
      awayS: 25,
      uncertainS: 15,
      nudges: 1,
      breaksTaken: 1,
      breaksPostponed: 1,
      breaksSkipped: 1,
      routinesDone: ['neck-rolls'],
    });
    expect(second?.minuteStartMs).toBe(T0 + 60 * s);
    expect(second?.nudges).toBe(1);
  });

  it('keeps total posture time (within rounding) and never exceeds 60 s per state per minute', () => {
    const span = fc
      .record({
        start: fc.integer({ min: 0, max: 3_600_000 }),
        length: fc.integer({ min: 0, max: 600_000 }),
      })
      .map(({ start, length }) => ({ fromMs: T0 + start, toMs: T0 + start + length }));
    fc.assert(
      fc.property(span, ({ fromMs, toMs }) => {
        const minutes = aggregateFacts([{ kind: 'posture', state: 'upright', fromMs, toMs }]);
        const total = minutes.reduce((sum, m) => sum + m.uprightS, 0);
        expect(Math.abs(total - (toMs - fromMs) / 1000)).toBeLessThanOrEqual(
          minutes.length * 0.5 + 1e-9,
        );
        for (const m of minutes) {
          expect(m.uprightS).toBeLessThanOrEqual(60);
          expect(m.minuteStartMs % 60_000).toBe(0);
        }
      }),
    );
  });
});
