import { core as englishCore } from '../../shared/core/i18n/en/core';

/**
 * getUserMedia failures as the MonitorStatus problems the tray and dashboard can name.
 * Chromium and Electron use the spec names; the legacy aliases come from older Chromium.
 */
export type CameraProblem = 'no-camera' | 'permission-denied' | 'camera-busy' | 'camera-lost';

export interface CameraFailure {
  readonly problem: CameraProblem;
  readonly message: string;
}

/**
 * In English, for logs and the lab pages: read straight from the English words, so the hidden
 * monitor window starts no translator. People read a problem in their language by its code
 * (shared/core/posture-words.ts: `core:monitorProblem.*`).
 */
const { monitorProblem } = englishCore;
export const CAMERA_MESSAGES: Record<CameraProblem, string> = {
  'no-camera': monitorProblem.noCamera,
  'permission-denied': monitorProblem.permissionDenied,
  'camera-busy': monitorProblem.cameraBusy,
  'camera-lost': monitorProblem.cameraLost,
};

export function classifyCameraError(error: unknown): CameraFailure {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
      ? String((error as { name: unknown }).name)
      : '';
  const problem = problemFor(name);
  return { problem, message: CAMERA_MESSAGES[problem] };
}

function problemFor(name: string): CameraProblem {
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'permission-denied';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'camera-busy';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
    case 'TypeError': // no mediaDevices at all (insecure context): there is no camera to use
      return 'no-camera';
    default:
      return 'camera-busy';
  }
}

/** Problems that can clear up without the user changing a setting: retried with backoff. */
export function isTransient(problem: CameraProblem): boolean {
  return problem !== 'permission-denied';
}
