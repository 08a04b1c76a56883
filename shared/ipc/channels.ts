/**
 * Channel names only, with no schema library: the sandboxed preload imports this file and must
 * stay tiny. contract.ts checks at compile time that every name here has a schema or a payload.
 */
export const INVOKE_CHANNELS = [
  'settings:get',
  'settings:update',
  'app:get-status',
  'app:command',
  'app:signals',
  'history:read',
  'history:export',
  'history:delete-all',
  'calibration:get',
  'calibration:save',
  'events:latest',
] as const;
export const SEND_CHANNELS = ['posture:report', 'monitor:status'] as const;
export const EVENT_CHANNELS = [
  'app:status',
  'settings:changed',
  'monitor:control',
  'app:notice',
  'app:show-view',
  'coach:feedback',
  'break:prompt',
  'break:start',
  'history:changed',
] as const;

/**
 * Events a window still needs when it starts listening after they were sent: a window opened or
 * reloaded later (the monitor window opens after the controller's first tick, the overlay when
 * the first glow is due). Each new listener is handed the latest one. Both hosts use this list.
 */
export const REPLAYED_EVENT_CHANNELS = [
  'app:notice',
  'app:status',
  'monitor:control',
  'break:prompt',
  'coach:feedback',
] as const satisfies readonly (typeof EVENT_CHANNELS)[number][];
export type ReplayedEventChannel = (typeof REPLAYED_EVENT_CHANNELS)[number];
