import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../../../shared/core/app-events';
import type { ProbeReading, SignalProbe } from '../../../../../main/platform/signals/probe';
import { SIGNAL_POLL_MS, watchSignals } from '../../../../../main/platform/signals/watch-signals';

vi.mock('electron', async () =>
  (await import('../../../../support/fake-electron/vitest-mock')).forbiddenElectron(
    'the signal watcher',
  ),
);

/** A probe that answers from a script of readings, one per poll. */
function scripted(signal: SignalProbe['signal'], readings: ProbeReading[]): SignalProbe {
  return { signal, read: async () => readings.shift() ?? 'unknown' };
}

function start(probes: SignalProbe[]) {
  const events: AppEvent[] = [];
  let tick: () => void = () => undefined;
  const every = vi.fn((ms: number, fn: () => void) => {
    tick = fn;
    return () => undefined;
  });
  const log = { warn: vi.fn() };
  const watch = watchSignals(probes, (e) => events.push(e), every, log);
  const poll = async () => {
    tick();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { events, every, log, watch, poll };
}

describe('watchSignals', () => {
  it('polls every few seconds and tells the core each change once', async () => {
    const { events, every, poll } = start([
      scripted('fullscreen', [false, true, true, false]),
      scripted('call', [false, false, true, true]),
    ]);
    expect(every).toHaveBeenCalledWith(SIGNAL_POLL_MS, expect.any(Function));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the first read, right at start
    for (let i = 0; i < 3; i += 1) await poll();
    expect(events).toEqual([
      { type: 'fullscreen', on: true },
      { type: 'call', on: true },
      { type: 'fullscreen', on: false },
    ]);
  });

  it('reports the signals without a probe, and one whose source turns out missing', async () => {
    const { events, watch, poll, log } = start([
      scripted('fullscreen', [true, 'unavailable']),
      scripted('dnd', [false]),
    ]);
    await poll();
    expect(watch.availability()).toEqual({ fullscreen: true, dnd: true, call: false });
    await poll();
    expect(watch.availability()).toEqual({ fullscreen: false, dnd: true, call: false });
    // Its last word was "on": it is taken back, so Poise is not silenced by a missing tool.
    expect(events).toEqual([
      { type: 'fullscreen', on: true },
      { type: 'fullscreen', on: false },
    ]);
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it('never overlaps two reads of one probe, and a throwing probe reads unknown', async () => {
    let calls = 0;
    const slow: SignalProbe = {
      signal: 'dnd',
      read: () => {
        calls += 1;
        return new Promise(() => undefined);
      },
    };
    const broken: SignalProbe = {
      signal: 'call',
      read: async () => {
        throw new Error('boom');
      },
    };
    const { events, poll } = start([slow, broken]);
    await poll();
    await poll();
    expect(calls).toBe(1);
    expect(events).toEqual([]);
  });
});
