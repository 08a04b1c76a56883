import type { Keypoint } from '../../shared/posture/keypoints';

export type PoseBackendName = 'wasm' | 'webgl';

/**
 * What the pose pipeline hands to posture analysis: numbers only. A frame or image never
 * leaves the monitor window; this is the whole of what one analysed frame becomes.
 */
export interface PostureSample {
  /** Capture time in milliseconds (the caller's clock). */
  readonly timeMs: number;
  /** 17 keypoints in KEYPOINT_NAMES order, normalised to the image. */
  readonly keypoints: readonly Keypoint[];
  readonly imageWidth: number;
  readonly imageHeight: number;
  readonly backend: PoseBackendName;
}
