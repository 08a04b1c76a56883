import type { MonitorStatus } from '../../shared/core/posture-status';
import type { CameraRequest, OpenCamera } from './camera';
import type { PostureSample } from './posture-sample';
import type { MonitorMode, SamplingConfig } from './sampling-policy';

/** The monitor's public face (monitor.ts builds it): what its pages pass in and get back. */
export type StopReason = Extract<MonitorStatus, { kind: 'stopped' }>['reason'];

export interface MonitorSettings {
  /** settings.monitoring.cameraId ('' = default camera). */
  readonly cameraId: string;
  /** settings.monitoring.allowWebgl. Read once per page: the tfjs backend cannot be swapped live. */
  readonly allowWebgl: boolean;
  /**
   * The camera-light saver (settings.monitoring.cameraLightSaver): in normal mode, open the
   * camera for a short burst this often and close it in between (burst-schedule.ts). Absent or
   * null: hold it open. Calibrating and exercise modes always hold it open.
   */
  readonly burstPeriodMs?: number | null;
}

export interface MonitorOptions {
  /** Folder with model.json, relative to document.baseURI, e.g. 'models/movenet-lightning/'. */
  readonly modelBaseUrl: string;
  /** Folder with tfjs-backend-wasm's .wasm files, e.g. 'wasm/'. */
  readonly wasmBaseUrl: string;
  readonly settings: MonitorSettings;
  /** One analysed frame (or a heartbeat repeat of the last one); null = nobody in the frame. */
  readonly onSample: (sample: PostureSample | null, timeMs: number) => void;
  readonly onStatus: (status: MonitorStatus) => void;
  /** The chosen camera was missing; the default camera is in use instead. */
  readonly onCameraFallback?: (info: {
    readonly requestedId: string;
    readonly usedId: string;
  }) => void;
  /**
   * The camera the monitor opened (null once it let go): setup shows this very stream as its
   * preview, so the camera is opened once and the skeleton is drawn on the frames it came from.
   */
  readonly onCamera?: (camera: OpenCamera | null) => void;
  /** Milliseconds one model run took (for the benchmark and the lab page). */
  readonly onInference?: (ms: number) => void;
  /** Clock for sample times; defaults to wall time so the main process can compare it. */
  readonly now?: () => number;
  readonly sampling?: Partial<SamplingConfig>;
  readonly camera?: Partial<Omit<CameraRequest, 'deviceId'>>;
}

export interface Monitor {
  /** Open the camera and begin sampling. Resolves once running or in an error state. */
  start(): Promise<void>;
  /** Release the camera (its light goes off) and stop sampling. */
  stop(reason: StopReason): void;
  setMode(mode: MonitorMode): void;
  /** A new camera choice takes effect at once when running. */
  updateSettings(settings: MonitorSettings): void;
  dispose(): void;
  readonly status: MonitorStatus;
  readonly mode: MonitorMode;
}
