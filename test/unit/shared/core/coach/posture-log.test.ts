import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advancePostureLog,
  type PostureFact,
  type PostureLog,
} from '../../../../../shared/core/coach/posture-log';
import type { PostureState } from '../../../../../shared/core/posture-status';

const MIN = 60_000;

describe('posture log', () => {
  it('closes a span when the verdict changes', () => {
    let log: PostureLog = null;
    ({ log } = advancePostureLog(log, 1000, 'upright'));
    const { log: next, facts } = advancePostureLog(log, 5000, 'slouching');
    expect(facts).toEqual([{ kind: 'posture', state: 'upright', fromMs: 1000, toMs: 5000 }]);
    expect(next).toEqual({ state: 'slouching', sinceMs: 5000 });
  });

  it('cuts a steady stretch at each minute boundary as time passes', () => {
    const { log } = advancePostureLog(null, 30_000, 'upright');
    const { facts, log: open } = advancePostureLog(log, 3 * MIN + 10_000, undefined);
    expect(facts.map((f) => [f.fromMs, f.toMs])).toEqual([
      [30_000, MIN],
      [MIN, 2 * MIN],
      [2 * MIN, 3 * MIN],
    ]);
    expect(open).toEqual({ state: 'upright', sinceMs: 3 * MIN });
  });

  it('the same verdict again changes nothing; stopping closes the span', () => {
    const { log } = advancePostureLog(null, 0, 'away');
    expect(advancePostureLog(log, 500, 'away')).toEqual({ log, facts: [] });
    expect(advancePostureLog(log, 800, null)).toEqual({
      log: null,
      facts: [{ kind: 'posture', state: 'away', fromMs: 0, toMs: 800 }],
    });
  });

  it('spans tile the observed time exactly and never cross a minute', () => {
    const verdict = fc.constantFrom<PostureState | null | undefined>(
      'upright',
      'slouching',
      'away',
      'uncertain',
      null,
      undefined,
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 200_000 }), verdict), { maxLength: 60 }),
        (steps) => {
          let log: PostureLog = null;
          let t = 0;
          const facts: PostureFact[] = [];
          let observed = 0;
          for (const [dt, next] of steps) {
            if (log !== null) observed += dt;
            t += dt;
            const r = advancePostureLog(log, t, next);
            log = r.log;
            facts.push(...r.facts);
          }
          const closed = advancePostureLog(log, t, null);
          facts.push(...closed.facts);
          expect(facts.reduce((sum, f) => sum + f.toMs - f.fromMs, 0)).toBe(observed);
          for (const f of facts) {
            expect(f.toMs).toBeGreaterThan(f.fromMs);
            expect(Math.floor(f.fromMs / MIN)).toBe(Math.floor((f.toMs - 1) / MIN));
          }
          for (let i = 1; i < facts.length; i += 1)
            expect(facts[i]!.fromMs).toBeGreaterThanOrEqual(facts[i - 1]!.toMs);
        },
      ),
    );
  });
});
