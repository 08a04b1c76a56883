import { describe, expect, it } from 'vitest';
import type { AppEffect } from '../../../../main/core/app-effects';
import { glowAfter } from '../../../../renderer/overlay/glow-state';

const nudge = (level: 'tray' | 'notification' | 'glow' | 'sound'): AppEffect => ({
  type: 'nudge',
  level,
  message: 'm',
});
const clear: AppEffect = { type: 'nudge:clear' };
const ack: AppEffect = { type: 'acknowledge', message: 'Nice' };

describe('glow state from effects', () => {
  it.each([
    ['tray nudge leaves it off', 'off', [nudge('tray')], 'off'],
    ['notification nudge leaves it off', 'off', [nudge('notification')], 'off'],
    ['glow nudge lights it', 'off', [nudge('glow')], 'nudge'],
    ['sound nudge keeps it lit', 'nudge', [nudge('sound')], 'nudge'],
    ['sitting up after a glow thanks briefly', 'nudge', [clear, ack], 'acknowledge'],
    ['sitting up after a tray nudge stays dark', 'off', [clear, ack], 'off'],
    ['leaving clears without thanks', 'nudge', [clear], 'off'],
    ['unrelated effects change nothing', 'nudge', [{ type: 'camera', on: true }], 'nudge'],
  ] as const)('%s', (_name, current, effects, expected) => {
    expect(glowAfter(current, effects)).toBe(expected);
  });
});
