import type { PoseDetector } from '../../../../../renderer/pose/detector';
import type { PostureSample } from '../../../../../renderer/pose/posture-sample';

/**
 * A pose detector that answers at once: a person with no keypoints, stamped with the frame's
 * time. It records when it was asked and can be told to fail the next few frames.
 */
export interface FakeDetector extends PoseDetector {
  readonly estimates: number[];
  failNext(frames: number): void;
  readonly disposed: number;
}

export function sampleAt(timeMs: number): PostureSample {
  return { timeMs, keypoints: [], imageWidth: 320, imageHeight: 240, backend: 'wasm' };
}

export function fakeDetector(): FakeDetector {
  const estimates: number[] = [];
  let failing = 0;
  let disposed = 0;
  return {
    backend: 'wasm',
    estimates,
    async estimate(_input, timeMs) {
      estimates.push(timeMs);
      if (failing > 0) {
        failing -= 1;
        throw new Error('fake inference failure');
      }
      return sampleAt(timeMs);
    },
    reset() {},
    dispose() {
      disposed += 1;
    },
    failNext(frames) {
      failing = frames;
    },
    get disposed() {
      return disposed;
    },
  };
}
