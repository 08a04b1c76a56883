import { describe, expect, it } from 'vitest';
import {
  closeCompletedMinutes,
  flushAll,
  initialRecorder,
  MAX_OBSERVATION_GAP_MS,
  observePosture,
  observeStop,
  recordEvent,
} from '../../../../../main/core/history/minute-recorder';

const T0 = Date.UTC(2026, 10, 21, 9, 0);
const s = 1000;

describe('minute recorder', () => {
  it('simulates a workday of one observation a second in milliseconds', () => {
    let rec = initialRecorder();
    const stored = [];
    for (let t = 0; t < 8 * 3600; t += 1) {
      // 45 s upright then 15 s slouching, every minute
      rec = observePosture(rec, t % 60 < 45 ? 'upright' : 'slouching', T0 + t * s);
      if (t % 10 === 0) {
        const out = closeCompletedMinutes(rec, T0 + t * s);
        rec = out.state;
        stored.push(...out.completed);
      }
    }
    stored.push(...flushAll(rec, T0 + 8 * 3600 * s));
    expect(stored).toHaveLength(8 * 60);
    expect(stored.every((m) => m.uprightS === 45 && m.slouchingS === 15)).toBe(true);
  });

  it('emits a minute only once it has ended, and drops empty minutes', () => {
    let rec = observePosture(initialRecorder(), 'upright', T0);
    let out = closeCompletedMinutes(rec, T0 + 59 * s);
    expect(out.completed).toEqual([]);
    rec = observeStop(out.state, T0 + 30 * s);
    out = closeCompletedMinutes(rec, T0 + 5 * 60 * s);
    expect(out.completed.map((m) => m.uprightS)).toEqual([30]);
    expect(out.state.open.size).toBe(0);
  });

  it('does not count a gap longer than the observation limit (sleep, hang)', () => {
    let rec = observePosture(initialRecorder(), 'upright', T0);
    rec = observePosture(rec, 'upright', T0 + 10 * 60 * s);
    const { completed } = closeCompletedMinutes(rec, T0 + 10 * 60 * s);
    const total = completed.reduce((sum, m) => sum + m.uprightS, 0);
    expect(total).toBe(MAX_OBSERVATION_GAP_MS / 1000);
  });

  it('records events into their minute', () => {
    let rec = recordEvent(initialRecorder(), { type: 'nudge', atMs: T0 + 61 * s });
    rec = recordEvent(rec, {
      type: 'routine-finished',
      routineId: 'chin-tucks',
      atMs: T0 + 62 * s,
    });
    const { completed } = closeCompletedMinutes(rec, T0 + 3 * 60 * s);
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      minuteStartMs: T0 + 60 * s,
      nudges: 1,
      routinesDone: ['chin-tucks'],
    });
  });
});
