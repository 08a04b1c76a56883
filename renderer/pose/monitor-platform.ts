import type { CameraPermissions, DeviceChanges } from './camera-recovery';
import type { UserMedia } from './camera';
import { systemClock, type Clock } from './clock';
import type { PoseDetector } from './detector';
import { loadBrowserDetector, type DetectorChoice } from './detector-loader';
import { attachVideo, type VideoSource } from './video-source';

/**
 * Everything the monitor takes from the page: timers, the camera, its permission, the video
 * element and the pose engine. The app passes the browser's; unit tests pass fakes of each.
 */
export interface MonitorPlatform {
  readonly clock: Clock;
  /** Monotonic milliseconds, to time one model run. */
  readonly elapsedMs: () => number;
  readonly media: (UserMedia & DeviceChanges) | undefined;
  readonly permissions: CameraPermissions | undefined;
  readonly attach: (stream: MediaStream) => Promise<VideoSource>;
  readonly loadDetector: (choice: DetectorChoice) => Promise<PoseDetector>;
}

export function browserPlatform(): MonitorPlatform {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  return {
    clock: systemClock,
    elapsedMs: () => performance.now(),
    media: nav?.mediaDevices,
    permissions: nav?.permissions,
    attach: attachVideo,
    loadDetector: loadBrowserDetector,
  };
}
