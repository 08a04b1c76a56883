import { useEffect, useMemo, useReducer } from 'preact/hooks';
import type { Baseline } from '../../shared/posture/baseline';
import type { PoseFrame } from '../../shared/posture/geometry';
import {
  flowBaseline,
  flowUnderWay,
  initialFlow,
  recordingView,
  stepFlow,
  type RecordingStep,
} from './calibration-flow';
import type { CalibrationView } from './types';

/** Often enough for a smooth countdown and progress bar, rarely enough to cost nothing. */
const TICK_MS = 200;

export interface CalibrationFlowHandle {
  readonly upright: CalibrationView;
  readonly slump: CalibrationView;
  /** What to save: the upright baseline, with the slump when one was recorded. */
  readonly baseline: Baseline | null;
  readonly actions: {
    start(step: RecordingStep, cameraId: string): void;
    frame(frame: PoseFrame | null, timeMs: number): void;
    cancel(): void;
  };
}

/**
 * calibration-flow.ts in a component: frames come from the caller's pose monitor, and the page's
 * own clock (Date.now, setInterval) runs the countdown, so a test can wait on each state.
 * `actions` never changes, so a long-lived pose monitor can hold on to it.
 */
export function useCalibrationFlow(): CalibrationFlowHandle {
  const [flow, dispatch] = useReducer(stepFlow, initialFlow);
  const ticking = flowUnderWay(flow);

  useEffect(() => {
    if (!ticking) return;
    const id = setInterval(() => dispatch({ type: 'tick', nowMs: Date.now() }), TICK_MS);
    return () => clearInterval(id);
  }, [ticking]);

  const actions = useMemo(
    () => ({
      start: (step: RecordingStep, cameraId: string) =>
        dispatch({ type: 'start', step, cameraId, nowMs: Date.now() }),
      frame: (frame: PoseFrame | null, timeMs: number) =>
        dispatch({ type: 'frame', frame, nowMs: timeMs }),
      cancel: () => dispatch({ type: 'cancel', nowMs: Date.now() }),
    }),
    [],
  );

  return {
    upright: recordingView(flow.upright, flow.nowMs),
    slump: recordingView(flow.slump, flow.nowMs),
    baseline: flowBaseline(flow),
    actions,
  };
}
