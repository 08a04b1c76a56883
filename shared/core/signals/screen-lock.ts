/**
 * Whether the screen is locked, from two sources that see the same lock: the system's lock and
 * unlock events (Electron's powerMonitor has them on macOS and Windows only) and a poll of the
 * system idle state, which reads 'locked' on every OS where the desktop tells (the only source on
 * Linux). The transition function turns both into one lock and one unlock per lock, so the core
 * never sees a lock twice.
 *
 * The poll can only undo a lock it saw itself: where the idle state never reads 'locked' (some
 * desktops cannot tell), a lock from the event stays until the unlock event, instead of the next
 * 'active' poll turning the camera back on in front of the lock screen.
 */
export interface ScreenLockState {
  readonly locked: boolean;
  /** The poll has read 'locked' since the last unlock. */
  readonly pollSawLock: boolean;
}

/** What powerMonitor.getSystemIdleState returns. */
export type IdleState = 'active' | 'idle' | 'locked' | 'unknown';

export type ScreenLockSignal =
  | { readonly source: 'event'; readonly locked: boolean }
  | { readonly source: 'poll'; readonly idleState: IdleState };

export const initialScreenLock: ScreenLockState = { locked: false, pollSawLock: false };

export interface ScreenLockStep {
  readonly state: ScreenLockState;
  /** The transition to tell the core about, if any. */
  readonly change: 'lock' | 'unlock' | null;
}

export function observeScreenLock(
  state: ScreenLockState,
  signal: ScreenLockSignal,
): ScreenLockStep {
  if (signal.source === 'event') {
    const next = signal.locked ? { ...state, locked: true } : { locked: false, pollSawLock: false };
    return { state: next, change: transition(state.locked, next.locked) };
  }
  switch (signal.idleState) {
    case 'locked':
      return { state: { locked: true, pollSawLock: true }, change: transition(state.locked, true) };
    case 'active':
    case 'idle':
      if (!state.pollSawLock) return { state, change: null };
      return { state: initialScreenLock, change: transition(state.locked, false) };
    case 'unknown':
      return { state, change: null };
  }
}

const transition = (was: boolean, now: boolean): ScreenLockStep['change'] =>
  was === now ? null : now ? 'lock' : 'unlock';
