/** Public surface of posture analysis: pure functions over keypoints, no DOM, no clock. */
export {
  calibrate,
  startCalibration,
  addCalibrationFrame,
  calibrationProgress,
  isCalibrationComplete,
  finishCalibration,
  CALIBRATION_DURATION_MS,
} from './calibration';
export type { CalibrationResult, CalibrationSession } from './calibration';
export {
  baselineSchema,
  parseBaseline,
  parseBaselineBook,
  baselineFor,
  withBaseline,
  withoutBaseline,
} from './baseline';
export type { Baseline, BaselineBook } from './baseline';
export { judgeFrame, slouchScore } from './frame-verdict';
export type { FrameInput, FrameVerdict } from './frame-verdict';
export { initialClassifierState, stepClassifier } from './classifier';
export type { ClassifierState, ClassifierOutput } from './classifier';
export { METRICS, METRIC_IDS, measureMetrics } from './metrics';
export type { MetricId, MetricValues } from './metrics';
export type { PoseFrame } from './geometry';
export { DEFAULT_SENSITIVITY, toleranceFactor } from './sensitivity';
export { DWELL_MS } from './classifier';
export { frameMisfits } from './baseline-fit';
export type { BaselineFitState } from './baseline-fit';
