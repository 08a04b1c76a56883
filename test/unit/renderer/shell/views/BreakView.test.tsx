// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppStatus } from '../../../../../shared/core/app-status';
import { initialAppStatus } from '../../../../../shared/core/app-status';
import type { BreakPromptView } from '../../../../../shared/core/break-prompt-view';
import type { AppCommand } from '../../../../../shared/core/commands';
import { defaultSettings, type Settings } from '../../../../../shared/core/settings/schema';
import type { PoiseApi } from '../../../../../shared/ipc/contract';
import { ROUTINES } from '../../../../../renderer/routines/content/catalogue';
import { BreakView } from '../../../../../renderer/shell/views/BreakView';

/** Just enough of the contract: commands are kept, events are pushed by the test. */
function fakeApi() {
  const commands: AppCommand[] = [];
  const listeners = new Map<string, (payload: never) => void>();
  const api = {
    invoke: (channel: string, command: AppCommand) => {
      if (channel === 'app:command') commands.push(command);
      return Promise.resolve(undefined);
    },
    on: (channel: string, listener: (payload: never) => void) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    },
  } as unknown as PoiseApi;
  const emit = (channel: string, payload: unknown) =>
    act(() => listeners.get(channel)?.(payload as never));
  return { api, commands, emit };
}

const onBreak = (on: boolean): AppStatus => ({ ...initialAppStatus, onBreak: on });

const card: BreakPromptView = {
  phase: 'on-break',
  kind: 'micro',
  secondsLeft: 29,
  durationSeconds: 30,
  postponesLeft: 2,
  postponeMinutes: 5,
  canSkip: true,
};

function mount(settings: Settings = defaultSettings()) {
  const root = document.createElement('div');
  document.body.append(root);
  const fake = fakeApi();
  const onClose = vi.fn();
  act(() =>
    render(
      <BreakView
        api={fake.api}
        request={{ kind: 'micro', durationSeconds: 30, recentSlouchShare: 0 }}
        settings={settings}
        onClose={onClose}
      />,
      root,
    ),
  );
  return { root, onClose, ...fake };
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('BreakView', () => {
  it('with a routine, shows one timer (the routine’s) and tells the core the routine is on', () => {
    const { root, commands, emit } = mount();
    emit('break:prompt', null);
    expect(root.querySelectorAll('[role="timer"]').length).toBe(1);
    expect(root.querySelector('.break-prompt')).toBeNull();
    expect(commands[0]).toMatchObject({ type: 'routine-started' });
    expect(root.querySelector('dialog')?.getAttribute('aria-labelledby')).toBe('break-title');
  });

  it('closes when the break it showed is over, whatever ended it', () => {
    const { onClose, emit } = mount();
    // A status from before the break (a late window) is not the end.
    emit('app:status', onBreak(false));
    expect(onClose).not.toHaveBeenCalled();
    emit('app:status', onBreak(true));
    emit('app:status', onBreak(false));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('ending the routine ends the break', () => {
    const { root, commands, onClose } = mount();
    const end = [...root.querySelectorAll('button')].find((b) => b.textContent === 'End')!;
    act(() => end.click());
    expect(commands).toContainEqual(expect.objectContaining({ type: 'finish-break' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('with every routine hidden, shows the break card and its countdown instead', () => {
    const hidden = ROUTINES.filter((r) => r.kind === 'micro').map((r) => r.id);
    const settings = defaultSettings();
    const { root, commands, emit } = mount({
      ...settings,
      routines: { ...settings.routines, hidden },
    });
    emit('break:prompt', card);
    expect(root.querySelector('.routine-player')).toBeNull();
    expect(root.querySelector('.break-prompt h2')?.textContent).toBe(
      'Micro break: 29 seconds left',
    );
    expect(commands.filter((c) => c.type === 'routine-started')).toEqual([]);
    const done = [...root.querySelectorAll('button')].find((b) => b.textContent === 'I am done')!;
    act(() => done.click());
    expect(commands).toContainEqual({ type: 'finish-break', completed: false });
  });
});
