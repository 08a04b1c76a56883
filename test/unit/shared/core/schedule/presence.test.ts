import { describe, expect, it } from 'vitest';
import {
  absentSince,
  checkNaturalBreak,
  initialPresence,
  observeIdle,
  observeVerdict,
} from '../../../../../shared/core/schedule/presence';

const S = 1000;
const MIN = 60 * S;

describe('presence', () => {
  it('the camera saying away makes the person absent from that moment', () => {
    const p = observeVerdict(observeVerdict(initialPresence, true, 10 * S), true, 20 * S);
    expect(absentSince(p, null, 30 * S)).toBe(10 * S);
    expect(absentSince(observeVerdict(p, false, 40 * S), null, 40 * S)).toBeNull();
  });

  it('idle time counts only when the camera is not seeing anyone', () => {
    const seen = observeVerdict(initialPresence, false, 100 * S);
    const idle = observeIdle(seen, 90, 105 * S);
    // Reading without touching the keyboard: still present.
    expect(absentSince(idle, null, 105 * S)).toBeNull();
    // No verdict for a while (camera off or broken): idle decides.
    expect(absentSince(idle, null, 200 * S)).toBe(15 * S);
    expect(absentSince(observeIdle(idle, 2, 201 * S), null, 201 * S)).toBeNull();
  });

  it('short idle is not absence', () => {
    expect(absentSince(observeIdle(initialPresence, 30, 100 * S), null, 100 * S)).toBeNull();
  });

  it('lock or sleep is absence from its start', () => {
    expect(absentSince(initialPresence, 5 * S, 100 * S)).toBe(5 * S);
  });

  it('an absence becomes a natural break once, and a long one also resets the long timer once', () => {
    let p = initialPresence;
    const at = (now: number) => checkNaturalBreak(p, 0, 5, 10, now);
    let r = at(4 * MIN);
    expect(r.reset).toBeNull();
    p = r.presence;
    r = at(5 * MIN);
    expect(r.reset).toEqual({ long: false, absentMs: 5 * MIN });
    p = r.presence;
    r = at(6 * MIN);
    expect(r.reset).toBeNull();
    p = r.presence;
    r = at(10 * MIN);
    expect(r.reset).toEqual({ long: true, absentMs: 10 * MIN });
    p = r.presence;
    expect(at(20 * MIN).reset).toBeNull();
    // Coming back ends the absence; the next one counts again.
    p = checkNaturalBreak(p, null, 5, 10, 21 * MIN).presence;
    expect(checkNaturalBreak(p, 22 * MIN, 5, 10, 40 * MIN).reset).toEqual({
      long: true,
      absentMs: 18 * MIN,
    });
  });
});
