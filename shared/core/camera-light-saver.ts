import type { Settings } from './settings/schema';

/**
 * The camera-light saver, as the core sees it. With it on, the monitor opens the camera for a
 * short burst every few seconds and closes it in between (renderer/pose/burst-schedule.ts), so
 * verdicts come in bursts, a period apart, instead of at least every few seconds.
 */
export type CameraLightSaver = Settings['monitoring']['cameraLightSaver'];

/** Start to start of the camera's bursts; null when the camera is held open. */
export function lightSaverPeriodMs(choice: CameraLightSaver): number | null {
  return choice === 'off' ? null : Number(choice) * 1000;
}

/**
 * How much longer a verdict stays fresh: it has to last until the next burst, so the planned
 * silence between bursts is not mistaken for a stalled camera.
 */
export function verdictHoldMs(settings: Settings): number {
  return lightSaverPeriodMs(settings.monitoring.cameraLightSaver) ?? 0;
}

/**
 * The coaching timings the coach works with. With the saver on, the grace period is one burst
 * period shorter (never below zero). Why: the classifier only reports a slouch it has seen at
 * the end of one burst and again through the next (shared/posture/classifier.ts,
 * gapBridge), so by the time the coach hears of it, the slouch has already lasted about a
 * period; counting the grace only from then would add that period again (a 20 s grace would
 * mean about a minute and a half with 60 s bursts before the first nudge). Shortening it also
 * makes the nudge come at a burst, right after the camera saw the slouch, rather than in the
 * middle of a gap on an old picture. With 10 s bursts and the default 20 s grace the first nudge
 * still comes about half a minute into a slouch; with 30 s or 60 s it comes with the burst that
 * confirms the slouch.
 */
export function effectiveCoaching(settings: Settings): Settings['coaching'] {
  const periodMs = lightSaverPeriodMs(settings.monitoring.cameraLightSaver);
  if (periodMs === null) return settings.coaching;
  const graceSeconds = Math.max(0, settings.coaching.graceSeconds - periodMs / 1000);
  return { ...settings.coaching, graceSeconds };
}
