import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MinuteAggregate } from '../../../../../shared/core/history/minute';
import {
  decodeMinute,
  decodeMinuteLines,
  encodeMinute,
  encodeMinuteLine,
} from '../../../../../shared/core/history/minute-codec';

const arbitraryMinute: fc.Arbitrary<MinuteAggregate> = fc.record({
  minuteStartMs: fc.integer({ min: 0, max: 70_000_000 }).map((m) => m * 60_000),
  uprightS: fc.integer({ min: 0, max: 60 }),
  slouchingS: fc.integer({ min: 0, max: 60 }),
  awayS: fc.integer({ min: 0, max: 60 }),
  uncertainS: fc.integer({ min: 0, max: 60 }),
  nudges: fc.nat(20),
  breaksTaken: fc.nat(3),
  breaksPostponed: fc.nat(3),
  breaksSkipped: fc.nat(3),
  routinesDone: fc.array(fc.string(), { maxLength: 3 }),
});

describe('minute codec', () => {
  it('round-trips every valid minute', () => {
    fc.assert(
      fc.property(arbitraryMinute, (m) => {
        expect(decodeMinute(JSON.parse(JSON.stringify(encodeMinute(m))))).toEqual(m);
      }),
    );
  });

  it('omits zero fields: a typical minute is about 30 bytes', () => {
    const line = encodeMinuteLine({
      minuteStartMs: Date.UTC(2026, 10, 21, 9, 0),
      uprightS: 48,
      slouchingS: 12,
      awayS: 0,
      uncertainS: 0,
      nudges: 0,
      breaksTaken: 0,
      breaksPostponed: 0,
      breaksSkipped: 0,
      routinesDone: [],
    });
    expect(line).toBe('{"m":29920860,"u":48,"s":12}\n');
  });

  it('rejects anything that is not exactly a record', () => {
    for (const bad of [
      null,
      3,
      [],
      {},
      { m: -1 },
      { m: 1.5 },
      { m: 1, u: 61 },
      { m: 1, u: -1 },
      { m: 1, n: 'x' },
      { m: 1, r: [1] },
      { m: 1, zz: 1 },
    ]) {
      expect(decodeMinute(bad)).toBeUndefined();
    }
  });

  it('skips and counts damaged lines without throwing', () => {
    const text = '{"m":1,"u":5}\n{"m":2,"u"\n\u0000\u0000garbage\n{"m":3,"s":60}\n{"m":4,"u":';
    const { minutes, skipped } = decodeMinuteLines(text);
    expect(minutes.map((m) => m.minuteStartMs / 60_000)).toEqual([1, 3]);
    expect(skipped).toBe(3);
  });
});
