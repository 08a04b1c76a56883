import type { PoseFrame } from '../moves/pose-frame';

/**
 * Where pose-checked steps get their frames from. The lead wires it to the monitor's pose
 * pipeline (keypoints only, never images); without one, every step simply runs on its timer.
 */
export interface MoveChecker {
  subscribe(listener: (frame: PoseFrame) => void): () => void;
}

export interface MoveCheckerHub {
  readonly checker: MoveChecker;
  /** Feed one analysed frame (or null for "nobody seen"); nulls are dropped. */
  push(
    sample: { readonly timeMs: number; readonly keypoints: PoseFrame['keypoints'] } | null,
  ): void;
}

/**
 * Fan-out from the monitor's samples to whichever step is listening. The host owns the camera
 * and pushes PostureSamples in (ideally with the monitor in its 'exercise' sampling mode).
 */
export function createMoveCheckerHub(): MoveCheckerHub {
  const listeners = new Set<(frame: PoseFrame) => void>();
  return {
    checker: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    push(sample) {
      if (!sample) return;
      const frame: PoseFrame = { timeMs: sample.timeMs, keypoints: sample.keypoints };
      for (const listener of [...listeners]) listener(frame);
    },
  };
}
