import { describe, expect, it } from 'vitest';
import type { HistoryFact } from '../../../../../shared/core/history/facts';
import {
  closeCompletedMinutes,
  flushAll,
  initialRecorder,
  recordFact,
} from '../../../../../shared/core/history/minute-recorder';

const T0 = Date.UTC(2026, 10, 21, 9, 0);
const s = 1000;

describe('minute recorder', () => {
  it('turns a workday of one-second posture spans into minutes, in milliseconds', () => {
    let rec = initialRecorder();
    const stored = [];
    for (let t = 0; t < 8 * 3600; t += 1) {
      // 45 s upright then 15 s slouching, every minute
      const fact: HistoryFact = {
        kind: 'posture',
        state: t % 60 < 45 ? 'upright' : 'slouching',
        fromMs: T0 + t * s,
        toMs: T0 + (t + 1) * s,
      };
      rec = recordFact(rec, fact);
      if (t % 10 === 0) {
        const out = closeCompletedMinutes(rec, T0 + t * s);
        rec = out.state;
        stored.push(...out.completed);
      }
    }
    stored.push(...flushAll(rec));
    expect(stored).toHaveLength(8 * 60);
    expect(stored.every((m) => m.uprightS === 45 && m.slouchingS === 15)).toBe(true);
    expect(stored.map((m) => m.minuteStartMs)).toEqual(stored.map((_, i) => T0 + i * 60 * s));
  });

  it('emits a minute only once it has ended', () => {
    const rec = recordFact(initialRecorder(), {
      kind: 'posture',
      state: 'upright',
      fromMs: T0,
      toMs: T0 + 30 * s,
    });
    const early = closeCompletedMinutes(rec, T0 + 59 * s);
    expect(early.completed).toEqual([]);
    expect(early.state.open.size).toBe(1);
    const done = closeCompletedMinutes(early.state, T0 + 60 * s);
    expect(done.completed.map((m) => m.uprightS)).toEqual([30]);
    expect(done.state.open.size).toBe(0);
  });

  it('records events into their minute and ignores facts history does not count', () => {
    let rec = recordFact(initialRecorder(), {
      kind: 'nudge',
      level: 'notification',
      atMs: T0 + 61 * s,
    });
    rec = recordFact(rec, { kind: 'routine-finished', routineId: 'chin-tucks', atMs: T0 + 62 * s });
    rec = recordFact(rec, {
      kind: 'break',
      breakKind: 'long',
      outcome: 'postponed',
      atMs: T0 + 63 * s,
    });
    rec = recordFact(rec, { kind: 'stretch-suggested', atMs: T0 + 5 * 60 * s });
    rec = recordFact(rec, { kind: 'natural-break', atMs: T0 + 6 * 60 * s, absentMs: 300_000 });
    const { completed } = closeCompletedMinutes(rec, T0 + 10 * 60 * s);
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      minuteStartMs: T0 + 60 * s,
      nudges: 1,
      breaksPostponed: 1,
      routinesDone: ['chin-tucks'],
    });
  });
});
