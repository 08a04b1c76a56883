import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../../shared/core/app-events';
import {
  LOCK_POLL_MS,
  watchPower,
  type PowerMonitorPort,
} from '../../../../main/platform/power-events';
import type { FakePlatform } from '../../../support/fake-electron';
import { FakePowerMonitor } from '../../../support/fake-electron/power-monitor';

vi.mock('electron', async () =>
  (await import('../../../support/fake-electron/vitest-mock')).forbiddenElectron(
    'the power adapter',
  ),
);

/**
 * watchPower against the shared fake powerMonitor, which behaves as each OS does:
 * 'lock-screen'/'unlock-screen' on macOS and Windows only, the idle state 'locked' everywhere.
 */
function watch(platform: FakePlatform, startLocked = false) {
  const monitor = new FakePowerMonitor(platform);
  if (startLocked) monitor.lockScreen();
  const events: AppEvent[] = [];
  const stop = watchPower(monitor satisfies PowerMonitorPort, (event) => events.push(event));
  const power = (): string[] => events.flatMap((e) => (e.type === 'power' ? [e.what] : []));
  return { monitor, events, power, stop };
}

describe('watchPower', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sees a lock on Linux, where only the idle state reports it, within one poll', () => {
    const { monitor, power } = watch('linux');
    vi.advanceTimersByTime(10_000);
    expect(power()).toEqual([]);
    monitor.lockScreen();
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(power()).toEqual(['lock']);
    vi.advanceTimersByTime(60_000); // still locked: no repeats
    expect(power()).toEqual(['lock']);
    monitor.unlockScreen();
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(power()).toEqual(['lock', 'unlock']);
    expect(LOCK_POLL_MS).toBeLessThanOrEqual(5_000);
    expect(monitor.idleThresholdsAsked.length).toBeGreaterThan(0);
    expect(monitor.idleThresholdsAsked.every((s) => s > 0)).toBe(true);
  });

  it.each(['darwin', 'win32'] as const)(
    'on %s reports the lock at once from the event, and the poll does not repeat it',
    (platform) => {
      const { monitor, power } = watch(platform);
      monitor.lockScreen();
      expect(power()).toEqual(['lock']);
      vi.advanceTimersByTime(10 * LOCK_POLL_MS);
      expect(power()).toEqual(['lock']);
      monitor.unlockScreen();
      expect(power()).toEqual(['lock', 'unlock']);
      vi.advanceTimersByTime(10 * LOCK_POLL_MS);
      expect(power()).toEqual(['lock', 'unlock']);
    },
  );

  it('tells the core right away when it starts on a locked screen', () => {
    const { power } = watch('linux', true);
    expect(power()).toEqual(['lock']);
  });

  it('still passes on suspend/resume and the idle time', () => {
    const { monitor, events } = watch('linux');
    monitor.suspend();
    monitor.resume();
    monitor.setIdleSeconds(42);
    vi.advanceTimersByTime(15_000);
    expect(events).toEqual([
      { type: 'power', what: 'suspend' },
      { type: 'power', what: 'resume' },
      { type: 'idle', idleSeconds: 42 },
    ]);
  });

  it('stops listening and polling when stopped', () => {
    const { monitor, events, stop } = watch('darwin');
    stop();
    expect(monitor.eventNames()).toEqual([]);
    monitor.lockScreen();
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual([]);
  });
});
