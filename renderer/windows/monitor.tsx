import { poiseApi } from '../host/poise-api';
import { startPostureRuntime } from '../monitor/posture-runtime';
import { chimeOnSoundNudges } from '../overlay/chime';

/**
 * Electron's hidden monitor window: the only place camera frames exist. It turns them into
 * posture reports and plays the nudge chime; main tells it when to run.
 */
const api = poiseApi();
chimeOnSoundNudges(api);
void startPostureRuntime(api);
