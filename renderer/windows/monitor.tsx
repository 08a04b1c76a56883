import { poiseApi } from '../host/poise-api';
import { startPostureRuntime } from '../monitor/posture-runtime';
import { playChime } from '../overlay/chime';

/**
 * Electron's hidden monitor window: the only place camera frames exist. It turns them into
 * posture reports and plays the nudge chime; main tells it when to run.
 */
const api = poiseApi();
api.on('coach:feedback', (feedback) => {
  if (feedback.kind === 'nudge' && feedback.level === 'sound') playChime();
});
void startPostureRuntime(api);
