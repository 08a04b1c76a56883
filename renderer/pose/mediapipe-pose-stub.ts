/**
 * Stand-in for '@mediapipe/pose'. pose-detection imports it at module load for its BlazePose
 * MediaPipe runtime, which Poise never selects (MoveNet on tfjs only). Constructing it is a bug.
 */
export class Pose {
  constructor() {
    throw new Error('The MediaPipe pose runtime is not bundled with Poise.');
  }
}
export const VERSION = 'stub';
