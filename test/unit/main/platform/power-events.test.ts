import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../../shared/core/app-events';
import {
  LOCK_POLL_MS,
  watchPower,
  type PowerMonitorPort,
} from '../../../../main/platform/power-events';

vi.mock('electron', () => {
  throw new Error('the power adapter must not load electron at run time');
});

type IdleState = ReturnType<PowerMonitor['getSystemIdleState']>;

/**
 * Electron's powerMonitor as each OS behaves: 'lock-screen'/'unlock-screen' fire on macOS and
 * Windows only; the idle state reads 'locked' while the screen is locked. Typed against Electron's
 * own definitions, so a change there breaks this fake instead of the app.
 */
class FakePowerMonitor
  extends EventEmitter
  implements PowerMonitorPort, Pick<PowerMonitor, 'getSystemIdleState' | 'getSystemIdleTime'>
{
  idleState: IdleState = 'active';
  idleSeconds = 0;
  readonly thresholds: number[] = [];

  constructor(readonly platform: 'linux' | 'darwin' | 'win32') {
    super();
  }

  getSystemIdleState(idleThreshold: number): IdleState {
    this.thresholds.push(idleThreshold);
    return this.idleState;
  }

  getSystemIdleTime(): number {
    return this.idleSeconds;
  }

  /** The person locks the screen (Super+L, Ctrl+Cmd+Q, Win+L). */
  lock(): void {
    this.idleState = 'locked';
    if (this.platform !== 'linux') this.emit('lock-screen');
  }

  unlock(): void {
    this.idleState = 'active';
    if (this.platform !== 'linux') this.emit('unlock-screen');
  }
}

function watch(platform: FakePowerMonitor['platform'], idleState: IdleState = 'active') {
  const monitor = new FakePowerMonitor(platform);
  monitor.idleState = idleState;
  const events: AppEvent[] = [];
  const stop = watchPower(monitor, (event) => events.push(event));
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
    monitor.lock();
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(power()).toEqual(['lock']);
    vi.advanceTimersByTime(60_000); // still locked: no repeats
    expect(power()).toEqual(['lock']);
    monitor.unlock();
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(power()).toEqual(['lock', 'unlock']);
    expect(LOCK_POLL_MS).toBeLessThanOrEqual(5_000);
    expect(monitor.thresholds.every((s) => s > 0)).toBe(true);
  });

  it.each(['darwin', 'win32'] as const)(
    'on %s reports the lock at once from the event, and the poll does not repeat it',
    (platform) => {
      const { monitor, power } = watch(platform);
      monitor.lock();
      expect(power()).toEqual(['lock']);
      vi.advanceTimersByTime(10 * LOCK_POLL_MS);
      expect(power()).toEqual(['lock']);
      monitor.unlock();
      expect(power()).toEqual(['lock', 'unlock']);
      vi.advanceTimersByTime(10 * LOCK_POLL_MS);
      expect(power()).toEqual(['lock', 'unlock']);
    },
  );

  it('tells the core right away when it starts on a locked screen', () => {
    const { power } = watch('linux', 'locked');
    expect(power()).toEqual(['lock']);
  });

  it('still passes on suspend/resume and the idle time', () => {
    const { monitor, events } = watch('linux');
    monitor.emit('suspend');
    monitor.emit('resume');
    monitor.idleSeconds = 42;
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
    monitor.lock();
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual([]);
  });
});
