import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BREATHING_PATTERNS,
  cycleSeconds,
} from '../../../../../renderer/routines/content/breathing-patterns';
import { wordingFor } from '../../../../../shared/core/i18n/wording';
import {
  breathMomentAt,
  breathPhaseWords,
} from '../../../../../renderer/routines/breathing/breath-phase';

describe('breathMomentAt', () => {
  const box = BREATHING_PATTERNS.box;

  it('walks box breathing through in, hold, out, hold at four seconds each', () => {
    expect([0, 4000, 8000, 12000, 16000].map((ms) => breathMomentAt(box, ms).phase)).toEqual([
      'in',
      'hold-in',
      'out',
      'hold-out',
      'in',
    ]);
    expect(breathMomentAt(box, 16000).cycle).toBe(1);
    expect(breathMomentAt(box, 1000).phaseSecondsLeft).toBe(3);
  });

  it('follows the longer breath out: 4 s in, 6 s out', () => {
    const pattern = BREATHING_PATTERNS['extended-exhale'];
    expect(breathMomentAt(pattern, 3900).phase).toBe('in');
    expect(breathMomentAt(pattern, 4100).phase).toBe('out');
    expect(breathMomentAt(pattern, 9900).phase).toBe('out');
    expect(breathMomentAt(pattern, 10100).phase).toBe('in');
  });

  it('the pacer is empty at the start of a breath in, full at its end and through the hold', () => {
    expect(breathMomentAt(box, 0).fullness).toBeCloseTo(0);
    expect(breathMomentAt(box, 3999).fullness).toBeCloseTo(1, 3);
    expect(breathMomentAt(box, 6000).fullness).toBe(1);
    expect(breathMomentAt(box, 14000).fullness).toBe(0);
  });

  it('property: fullness stays in 0..1, grows while breathing in and shrinks while breathing out', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(BREATHING_PATTERNS)),
        fc.integer({ min: 0, max: 600_000 }),
        (pattern, ms) => {
          const now = breathMomentAt(pattern, ms);
          const later = breathMomentAt(pattern, ms + 50);
          if (now.fullness < 0 || now.fullness > 1) return false;
          if (later.phase !== now.phase) return true;
          if (now.phase === 'in') return later.fullness >= now.fullness;
          if (now.phase === 'out') return later.fullness <= now.fullness;
          return later.fullness === now.fullness;
        },
      ),
    );
  });

  it('property: the pattern repeats every cycle', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(BREATHING_PATTERNS)),
        fc.integer({ min: 0, max: 100_000 }),
        (pattern, ms) => {
          const a = breathMomentAt(pattern, ms);
          const b = breathMomentAt(pattern, ms + cycleSeconds(pattern) * 1000);
          return a.phase === b.phase && Math.abs(a.fullness - b.fullness) < 1e-9;
        },
      ),
    );
  });
});

describe('breathPhaseWords', () => {
  const phases = ['in', 'hold-in', 'out', 'hold-out'] as const;

  it('says each phase in English', () => {
    const { t } = wordingFor('en-GB', 'en', 'UTC');
    expect(phases.map((phase) => breathPhaseWords(phase, t))).toEqual([
      'Breathe in',
      'Hold',
      'Breathe out',
      'Hold',
    ]);
  });

  it('says each phase in German', () => {
    const { t } = wordingFor('de-DE', 'de', 'UTC');
    expect(phases.map((phase) => breathPhaseWords(phase, t))).toEqual([
      'Einatmen',
      'Halten',
      'Ausatmen',
      'Halten',
    ]);
  });
});
