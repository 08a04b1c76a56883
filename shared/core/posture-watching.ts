import type { Settings } from './settings/schema';

/**
 * Whether Poise may watch posture with the camera, from the settings alone.
 *
 * The camera is the one thing Poise asks consent for, and finishing setup is that consent: the
 * person chose "Allow camera" in onboarding and calibrated. Until then ('needs-setup': a first
 * run, or "Not now") and after setting up without a camera ('off': breaks only), the camera and
 * the pose model stay off. Breaks work either way.
 */
export type PostureWatching = 'needs-setup' | 'off' | 'on';

export function postureWatching(settings: Settings): PostureWatching {
  if (!settings.firstRunComplete) return 'needs-setup';
  return settings.monitoring.enabled ? 'on' : 'off';
}

/**
 * The camera Poise may open (settings.monitoring.cameraId, '' for the default one), or null when
 * the person has not agreed to one: then nothing opens it, and routines run on their timers.
 */
export function consentedCameraId(settings: Settings): string | null {
  return postureWatching(settings) === 'on' ? settings.monitoring.cameraId : null;
}
