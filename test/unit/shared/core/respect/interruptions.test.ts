import { describe, expect, it } from 'vitest';
import {
  blockers,
  cameraWanted,
  isWorkTime,
  mayInterrupt,
  type RespectFacts,
} from '../../../../../shared/core/respect/interruptions';

const calm: RespectFacts = {
  paused: false,
  suspended: false,
  locked: false,
  onBreak: false,
  withinWorkingHours: true,
  absent: false,
  fullscreen: false,
  dnd: false,
  call: false,
};

describe('respect', () => {
  it('allows interrupting only when nothing stands in the way', () => {
    expect(mayInterrupt(calm)).toBe(true);
    expect(blockers(calm)).toEqual([]);
  });

  it.each([
    ['paused', { paused: true }, 'paused', false, false],
    ['asleep', { suspended: true }, 'suspended', false, false],
    ['locked', { locked: true }, 'locked', false, false],
    ['on a break', { onBreak: true }, 'on-break', false, false],
    ['outside hours', { withinWorkingHours: false }, 'outside-working-hours', false, false],
    ['away', { absent: true }, 'away', false, true],
    ['fullscreen', { fullscreen: true }, 'fullscreen', true, true],
    ['do not disturb', { dnd: true }, 'dnd', true, true],
    // A call is still work time (the break waits), and the calling app gets the camera.
    ['in a call', { call: true }, 'call', true, false],
  ] as const)(
    '%s blocks interruptions (work time: %s)',
    (_name, patch, blocker, workTime, camera) => {
      const facts = { ...calm, ...patch };
      expect(mayInterrupt(facts)).toBe(false);
      expect(blockers(facts)).toEqual([blocker]);
      expect(isWorkTime(facts)).toBe(workTime);
      expect(cameraWanted(facts)).toBe(camera);
    },
  );
});
