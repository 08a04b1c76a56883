import { describe, expect, it } from 'vitest';
import { wordingFor } from '../../../../../shared/core/i18n/wording';
import {
  fastClock,
  manualClock,
  type PlayerClock,
} from '../../../../../renderer/routines/player/clock';
import {
  formatCountdown,
  spokenDuration,
} from '../../../../../renderer/routines/player/format-time';
import { createMoveCheckerHub } from '../../../../../renderer/routines/player/move-checker';
import type { PoseFrame } from '../../../../../renderer/routines/moves/pose-frame';

describe('player helpers', () => {
  it('formats countdowns rounding up, so 0:00 only shows at the very end', () => {
    expect(formatCountdown(75_000)).toBe('1:15');
    expect(formatCountdown(200)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5)).toBe('0:00');
    const { t } = wordingFor('en-GB', 'en', 'UTC');
    expect(spokenDuration(61_000, t)).toBe('1 minute 1 second');
    expect(spokenDuration(120_000, t)).toBe('2 minutes');
    expect(spokenDuration(0, t)).toBe('0 seconds');
  });

  it('says durations in German with German plurals', () => {
    const { t } = wordingFor('de-DE', 'de', 'UTC');
    expect(spokenDuration(61_000, t)).toBe('1 Minute 1 Sekunde');
    expect(spokenDuration(135_000, t)).toBe('2 Minuten 15 Sekunden');
    expect(spokenDuration(0, t)).toBe('0 Sekunden');
  });

  it('a fast clock runs the given factor faster and ticks proportionally more often', () => {
    let now = 1000;
    const intervals: number[] = [];
    const base: PlayerClock = {
      now: () => now,
      every: (ms) => {
        intervals.push(ms);
        return () => undefined;
      },
    };
    const clock = fastClock(30, base);
    now += 1000;
    expect(clock.now()).toBe(1000 + 30_000);
    clock.every(3000, () => undefined);
    clock.every(100, () => undefined);
    expect(intervals).toEqual([100, 16]);
  });

  it('the move-checker hub fans frames out to listeners, drops nulls, and unsubscribes', () => {
    const hub = createMoveCheckerHub();
    const seen: PoseFrame[] = [];
    const stop = hub.checker.subscribe((frame) => seen.push(frame));
    hub.push({ timeMs: 5, keypoints: [] });
    hub.push(null);
    stop();
    hub.push({ timeMs: 6, keypoints: [] });
    expect(seen.map((frame) => frame.timeMs)).toEqual([5]);
  });
});

describe('manual clock', () => {
  it('moves only when told, firing each ticker on its own interval in time order', () => {
    const clock = manualClock(1000);
    const seen: string[] = [];
    const stopFast = clock.every(100, () => seen.push(`fast@${clock.now()}`));
    clock.every(250, () => seen.push(`slow@${clock.now()}`));
    expect(clock.now()).toBe(1000);
    clock.advance(300);
    expect(seen).toEqual(['fast@1100', 'fast@1200', 'slow@1250', 'fast@1300']);
    expect(clock.now()).toBe(1300);
    stopFast();
    seen.length = 0;
    clock.advance(260);
    expect(seen).toEqual(['slow@1500']);
    expect(clock.now()).toBe(1560);
  });

  it('a ticker that stops itself mid-way is not called again', () => {
    const clock = manualClock();
    let calls = 0;
    const stop = clock.every(10, () => {
      calls += 1;
      if (calls === 3) stop();
    });
    clock.advance(1000);
    expect(calls).toBe(3);
  });
});
