import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventPayloads, PoiseApi } from '../../../../shared/ipc/contract';

type Feedback = EventPayloads['coach:feedback'];

/** Just enough of an AudioContext to count contexts and the notes scheduled on them. */
class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  state: AudioContextState = 'running';
  currentTime = 0;
  readonly destination = {};
  readonly started: number[] = [];
  constructor() {
    FakeAudioContext.made.push(this);
  }
  createOscillator() {
    const started = this.started;
    return {
      type: 'sine',
      frequency: { value: 0 },
      connect: (node: unknown) => node,
      start(at: number) {
        started.push(at);
      },
      stop: () => undefined,
    };
  }
  createGain() {
    const node = {
      gain: {
        setValueAtTime: () => undefined,
        linearRampToValueAtTime: () => undefined,
        exponentialRampToValueAtTime: () => undefined,
      },
      connect: (target: unknown) => target,
    };
    return node;
  }
  resume = vi.fn(() => {
    this.state = 'running';
    return Promise.resolve();
  });
}

async function loadChime() {
  vi.resetModules();
  FakeAudioContext.made = [];
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return import('../../../../renderer/overlay/chime');
}

function fakeApi() {
  let listener: ((feedback: Feedback) => void) | undefined;
  const api = {
    on: (channel: string, l: (feedback: Feedback) => void) => {
      expect(channel).toBe('coach:feedback');
      listener = l;
      return () => (listener = undefined);
    },
  } as unknown as Pick<PoiseApi, 'on'>;
  return { api, emit: (feedback: Feedback) => listener?.(feedback) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('chime', () => {
  it('plays two notes on each sound nudge, through one context made on the first', async () => {
    const { chimeOnSoundNudges } = await loadChime();
    const { api, emit } = fakeApi();
    chimeOnSoundNudges(api);
    expect(FakeAudioContext.made).toHaveLength(0);

    emit({ kind: 'nudge', level: 'sound', message: 'Sit tall' });
    emit({ kind: 'nudge', level: 'sound', message: 'Sit tall' });
    expect(FakeAudioContext.made).toHaveLength(1);
    expect(FakeAudioContext.made[0]!.started).toHaveLength(4);
  });

  it('stays quiet for other feedback', async () => {
    const { chimeOnSoundNudges } = await loadChime();
    const { api, emit } = fakeApi();
    chimeOnSoundNudges(api);
    emit({ kind: 'nudge', level: 'glow', message: 'Sit tall' });
    emit({ kind: 'nudge', level: 'tray', message: 'Sit tall' });
    emit({ kind: 'acknowledge', message: 'Nice' });
    emit({ kind: 'clear' });
    expect(FakeAudioContext.made).toHaveLength(0);
  });

  it('stops listening when unsubscribed', async () => {
    const { chimeOnSoundNudges } = await loadChime();
    const { api, emit } = fakeApi();
    chimeOnSoundNudges(api)();
    emit({ kind: 'nudge', level: 'sound', message: 'Sit tall' });
    expect(FakeAudioContext.made).toHaveLength(0);
  });

  it('resumes a context that started suspended', async () => {
    const { playChime } = await loadChime();
    playChime();
    const context = FakeAudioContext.made[0]!;
    context.state = 'suspended';
    playChime();
    expect(context.resume).toHaveBeenCalledTimes(1);
    expect(FakeAudioContext.made).toHaveLength(1);
  });

  it('plays on a context it is given', async () => {
    const { playChime } = await loadChime();
    const given = new FakeAudioContext();
    playChime(given as unknown as AudioContext);
    expect(given.started).toEqual([0, 0.18]);
    expect(FakeAudioContext.made).toEqual([given]);
  });
});
