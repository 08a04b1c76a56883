import type { Baseline } from '../../shared/posture/baseline';
import {
  addCalibrationFrame,
  calibrationProgress,
  finishCalibration,
  isCalibrationComplete,
  startCalibration,
  withSlouchCalibration,
  type CalibrationResult,
  type CalibrationSession,
} from '../../shared/posture/calibration';
import type { PoseFrame } from '../../shared/posture/geometry';
import type { CalibrationProblem, CalibrationView } from './types';

/**
 * Calibration as the person goes through it, in onboarding and in the guided recalibration alike:
 * the upright recording, then the optional slump recording. Each recording is a short countdown
 * (time to sit that way after pressing the button), then CALIBRATION_DURATION_MS of frames, then
 * an outcome. Pure: every event carries the time, so tests step through it without waiting.
 */

/** Time to settle into the posture after pressing the button; these frames do not count. */
export const COUNTDOWN_MS = 3000;

export type RecordingStep = 'upright' | 'slump';

export type Recording =
  | { readonly phase: 'idle' }
  | { readonly phase: 'countdown'; readonly startsAtMs: number }
  | { readonly phase: 'recording'; readonly session: CalibrationSession }
  | { readonly phase: 'done' }
  | { readonly phase: 'failed'; readonly problem: CalibrationProblem };

export interface CalibrationFlow {
  readonly cameraId: string;
  /** Time of the latest event, for the views' countdown and progress. */
  readonly nowMs: number;
  readonly upright: Recording;
  readonly slump: Recording;
  /** From the latest successful upright recording; null before one and while recording again. */
  readonly uprightBaseline: Baseline | null;
  /** The upright baseline with the person's own slump, once the slump recording succeeded. */
  readonly slumpBaseline: Baseline | null;
}

export type FlowEvent =
  | {
      readonly type: 'start';
      readonly step: RecordingStep;
      readonly cameraId: string;
      readonly nowMs: number;
    }
  /** An analysed frame (null: nobody in view). */
  | { readonly type: 'frame'; readonly frame: PoseFrame | null; readonly nowMs: number }
  /** The page's clock: runs the countdown, and ends a recording even when no frame comes. */
  | { readonly type: 'tick'; readonly nowMs: number }
  /** The camera went away (closed, switched, turned off): a recording under way is dropped. */
  | { readonly type: 'cancel'; readonly nowMs: number };

const IDLE: Recording = { phase: 'idle' };

export const initialFlow: CalibrationFlow = {
  cameraId: '',
  nowMs: 0,
  upright: IDLE,
  slump: IDLE,
  uprightBaseline: null,
  slumpBaseline: null,
};

const underWay = (r: Recording): boolean => r.phase === 'countdown' || r.phase === 'recording';

export function stepFlow(flow: CalibrationFlow, event: FlowEvent): CalibrationFlow {
  // A frame is timed when it was taken, a little before it arrives: time never runs backwards here.
  const at: CalibrationFlow = { ...flow, nowMs: Math.max(flow.nowMs, event.nowMs) };
  switch (event.type) {
    case 'start':
      return event.step === 'upright' ? startUpright(at, event.cameraId) : startSlump(at);
    case 'frame': {
      const begun = beginDue(at);
      return finishDue(event.frame ? withFrame(begun, event.frame) : begun);
    }
    case 'tick':
      return finishDue(beginDue(at));
    case 'cancel':
      return {
        ...at,
        upright: underWay(at.upright) ? IDLE : at.upright,
        slump: underWay(at.slump) ? IDLE : at.slump,
      };
  }
}

/** A new upright posture makes the old slump meaningless: calibrating upright again clears it. */
function startUpright(flow: CalibrationFlow, cameraId: string): CalibrationFlow {
  if (underWay(flow.upright)) return flow;
  return {
    ...flow,
    cameraId,
    upright: { phase: 'countdown', startsAtMs: flow.nowMs + COUNTDOWN_MS },
    slump: IDLE,
    uprightBaseline: null,
    slumpBaseline: null,
  };
}

/** The slump is measured against the upright baseline, so it needs one first. */
function startSlump(flow: CalibrationFlow): CalibrationFlow {
  if (!flow.uprightBaseline || underWay(flow.upright) || underWay(flow.slump)) return flow;
  return {
    ...flow,
    slump: { phase: 'countdown', startsAtMs: flow.nowMs + COUNTDOWN_MS },
    slumpBaseline: null,
  };
}

function beginDue(flow: CalibrationFlow): CalibrationFlow {
  const begin = (r: Recording): Recording =>
    r.phase === 'countdown' && flow.nowMs >= r.startsAtMs
      ? { phase: 'recording', session: startCalibration(flow.cameraId, r.startsAtMs) }
      : r;
  return { ...flow, upright: begin(flow.upright), slump: begin(flow.slump) };
}

function withFrame(flow: CalibrationFlow, frame: PoseFrame): CalibrationFlow {
  const add = (r: Recording): Recording =>
    r.phase === 'recording' ? { ...r, session: addCalibrationFrame(r.session, frame) } : r;
  return { ...flow, upright: add(flow.upright), slump: add(flow.slump) };
}

function finishDue(flow: CalibrationFlow): CalibrationFlow {
  let next = flow;
  const { upright, slump } = flow;
  if (upright.phase === 'recording' && isCalibrationComplete(upright.session, flow.nowMs)) {
    const result = finishCalibration(upright.session, flow.nowMs);
    next = { ...next, upright: outcome(result), uprightBaseline: baselineOf(result) };
  }
  if (slump.phase === 'recording' && isCalibrationComplete(slump.session, flow.nowMs)) {
    const result: CalibrationResult | null = next.uprightBaseline
      ? withSlouchCalibration(next.uprightBaseline, slump.session.frames)
      : null;
    next = result
      ? { ...next, slump: outcome(result), slumpBaseline: baselineOf(result) }
      : { ...next, slump: IDLE };
  }
  return next;
}

const outcome = (result: CalibrationResult): Recording =>
  result.ok ? { phase: 'done' } : { phase: 'failed', problem: result.problem };

const baselineOf = (result: CalibrationResult): Baseline | null =>
  result.ok ? result.baseline : null;

/** What to save: the upright baseline, with the slump when the person recorded one. */
export const flowBaseline = (flow: CalibrationFlow): Baseline | null =>
  flow.slumpBaseline ?? flow.uprightBaseline;

/** Whether a countdown or a recording is under way (the page's clock must tick). */
export const flowUnderWay = (flow: CalibrationFlow): boolean =>
  underWay(flow.upright) || underWay(flow.slump);

/** A recording as the calibration controls show it. */
export function recordingView(recording: Recording, nowMs: number): CalibrationView {
  switch (recording.phase) {
    case 'idle':
      return { state: 'idle' };
    case 'countdown':
      return {
        state: 'countdown',
        secondsLeft: Math.max(1, Math.ceil((recording.startsAtMs - nowMs) / 1000)),
      };
    case 'recording':
      return { state: 'running', progress: calibrationProgress(recording.session, nowMs) };
    case 'done':
      return { state: 'done' };
    case 'failed':
      return { state: 'failed', problem: recording.problem };
  }
}
