/** The classifier's verdict for the person in front of the camera. */
export type PostureState = 'upright' | 'slouching' | 'away' | 'uncertain';

/** One reason behind a verdict: which metric, how far it is from the user's baseline. */
export interface PostureReason {
  readonly metric: string;
  /** Deviation in units of the metric's tolerance: 1 means "at the threshold". */
  readonly deviation: number;
  /**
   * The reason in English, for logs and the lab pages. The person reads it in their language by
   * the metric id (shared/core/posture-words.ts).
   */
  readonly message: string;
}

/**
 * The posture report that crosses IPC from the monitor window to the main process:
 * a verdict and small numbers, never an image.
 */
export interface PostureReport {
  readonly timeMs: number;
  readonly state: PostureState;
  readonly reasons: readonly PostureReason[];
  /** 0..1, how slouched on the user's own scale (0 = their calibrated upright). */
  readonly slouchScore: number;
  /** The calibration no longer fits what the camera sees (it was probably moved). */
  readonly recalibrationSuggested?: boolean;
}

/** Where the camera/pose pipeline stands, for the tray and dashboard. */
export type MonitorStatus =
  | { readonly kind: 'starting' }
  | {
      readonly kind: 'running';
      readonly backend: string;
      /** The chosen camera is not connected, so the system's default camera is in use. */
      readonly cameraFallback?: boolean;
    }
  | {
      readonly kind: 'stopped';
      /** 'calibrating': the monitor stood aside while a calibration page uses the camera. */
      readonly reason: 'paused' | 'break' | 'locked' | 'suspended' | 'user' | 'calibrating';
    }
  | {
      readonly kind: 'error';
      readonly problem:
        | 'no-camera'
        | 'permission-denied'
        | 'camera-busy'
        | 'camera-lost'
        | 'model-missing'
        | 'model-corrupt'
        | 'no-backend';
      /** In English, for logs and the lab pages; people read it by problem (posture-words.ts). */
      readonly message: string;
    };
