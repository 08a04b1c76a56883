/**
 * Channel names only, with no schema library: the sandboxed preload imports this file and must
 * stay tiny. contract.ts checks at compile time that every name here has a schema or a payload.
 */
export const INVOKE_CHANNELS = [
  'settings:get',
  'settings:update',
  'app:get-status',
  'app:command',
  'history:read',
  'history:export',
  'history:delete-all',
  'calibration:get',
  'calibration:save',
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
