import type { SetupProblem } from './use-onboarding-camera';
import type { Keypoint } from '../../shared/posture/keypoints';
import type { CalibrationResult } from '../../shared/posture/calibration';

/** Why a recording failed; the controls say it in words (they know which recording it was). */
export type CalibrationProblem = Extract<CalibrationResult, { ok: false }>['problem'];

export interface OnboardingCamera {
  readonly deviceId: string;
  /** The system's name for the camera; empty when it gives none (shown as "Camera 2"). */
  readonly label: string;
}

/**
 * Where one calibration recording stands (upright or slump); the host runs it
 * (calibration-flow.ts) and reports here.
 */
export type CalibrationView =
  | { readonly state: 'idle' }
  /** Time to sit that way before frames count. */
  | { readonly state: 'countdown'; readonly secondsLeft: number }
  | { readonly state: 'running'; readonly progress: number }
  | { readonly state: 'done' }
  | { readonly state: 'failed'; readonly problem: CalibrationProblem };

/** The break schedule fields onboarding asks about (a subset of settings.breaks). */
export interface OnboardingSchedule {
  readonly microEnabled: boolean;
  readonly microEveryMinutes: number;
  readonly microDurationSeconds: number;
  readonly longEnabled: boolean;
  readonly longEveryMinutes: number;
  readonly longDurationMinutes: number;
}

/** What the person chose; the host saves it (settings patch + firstRunComplete: true). */
export interface OnboardingChoices {
  /** False: set up without a camera (breaks only), so Poise never opens it. */
  readonly watchPosture: boolean;
  readonly cameraId: string;
  readonly breaks: OnboardingSchedule;
  readonly launchAtLogin: boolean;
}

/** A browser must ask before it shows notifications; the desktop app needs no permission. */
export type NotificationPermissionState = 'default' | 'granted' | 'denied';

export interface NotificationPermissionPort {
  current(): NotificationPermissionState;
  /** Shows the browser's prompt: call only from the person's click. */
  request(): Promise<NotificationPermissionState>;
}

export interface OnboardingProps {
  /**
   * The person's answer about the camera: true on "Allow camera", false on "Continue without a
   * camera". The host opens the camera (preview and pose model) only after true, never before.
   */
  readonly onCameraConsent: (allowed: boolean) => void;
  /** Open the camera again after a failure. */
  readonly onRetryCamera: () => void;
  readonly cameras: readonly OnboardingCamera[];
  readonly selectedCameraId: string;
  readonly onSelectCamera: (deviceId: string) => void;
  /** Live stream of the selected camera, or null while opening / unavailable. */
  readonly stream: MediaStream | null;
  /** Why there is no picture (permission denied, no camera, busy); null while fine or opening. */
  readonly cameraProblem?: SetupProblem | null;
  /** Latest detected pose of the selected camera; null when nobody is found. */
  readonly keypoints: readonly Keypoint[] | null;
  /** The upright calibration: required to go on. */
  readonly calibration: CalibrationView;
  readonly onStartCalibration: () => void;
  /** The optional slump calibration, offered once the upright one is done. */
  readonly slumpCalibration: CalibrationView;
  readonly onStartSlumpCalibration: () => void;
  readonly initialSchedule: OnboardingSchedule;
  readonly initialLaunchAtLogin: boolean;
  /**
   * Only the desktop app can start with the computer: the browser host leaves that step out and
   * setup ends with the breaks. Absent = offered.
   */
  readonly offerLaunchAtLogin?: boolean;
  readonly onFinish: (choices: OnboardingChoices) => void;
  /** Leave without finishing ("Not now"); absent = no such button. */
  readonly onCancel?: () => void;
  /** Run again from settings: the wording says "set up again" instead of "welcome". */
  readonly rerun?: boolean;
  /** Present where notifications need the person's permission (the browser host). */
  readonly notifications?: NotificationPermissionPort;
}
