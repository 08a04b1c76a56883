import { describe, expect, it } from 'vitest';
import {
  baselineFor,
  parseBaseline,
  parseBaselineBook,
  withBaseline,
  withoutBaseline,
} from '../../../../renderer/posture/baseline';
import {
  addCalibrationFrame,
  calibrate,
  calibrationProgress,
  finishCalibration,
  isCalibrationComplete,
  startCalibration,
  CALIBRATION_DURATION_MS,
} from '../../../../renderer/posture/calibration';
import { emptyFrame, frontalPose, uprightSession } from './support/synthetic-pose';

function calibrated(cameraId = 'cam-a') {
  const result = calibrate(uprightSession(), cameraId, 1000);
  if (!result.ok) throw new Error(result.message);
  return result.baseline;
}

describe('calibrate', () => {
  it('takes medians, so one wild frame does not move the baseline', () => {
    const frames = [...uprightSession(9), frontalPose({ headDrop: 80 })];
    const result = calibrate(frames, 'cam', 0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const neck = result.baseline.metrics.neckHeight;
    // Upright: ears 110 px above the shoulders, head 96 px wide.
    expect(neck?.median).toBeCloseTo(110 / 96, 1);
    expect(neck?.frames).toBe(10);
  });

  it('records the spread of the calibration frames', () => {
    const steady = calibrate(
      Array.from({ length: 8 }, () => frontalPose()),
      'cam',
      0,
    );
    const swaying = calibrate(
      Array.from({ length: 8 }, (_, i) => frontalPose({ headDrop: i % 2 === 0 ? -8 : 8 })),
      'cam',
      0,
    );
    if (!steady.ok || !swaying.ok) throw new Error('calibration failed');
    expect(steady.baseline.metrics.neckHeight?.spread).toBe(0);
    expect(swaying.baseline.metrics.neckHeight?.spread).toBeGreaterThan(0.1);
  });

  it('refuses when nobody is in view', () => {
    const result = calibrate(Array.from({ length: 10 }, emptyFrame), 'cam', 0);
    expect(result).toMatchObject({ ok: false, problem: 'no-upper-body' });
  });

  it('refuses with too few usable frames', () => {
    const result = calibrate(
      [...uprightSession(3), ...Array.from({ length: 7 }, emptyFrame)],
      'cam',
      0,
    );
    expect(result).toMatchObject({ ok: false, problem: 'too-few-frames' });
  });

  it('leaves out metrics that were unmeasurable in most frames', () => {
    const frames = uprightSession().map((f, i) =>
      i < 8 ? frontalPose({ weak: ['left_shoulder'] }) : f,
    );
    const result = calibrate(frames, 'cam', 0);
    if (!result.ok) throw new Error(result.message);
    // headSize needs both shoulders; neckHeight needs only one.
    expect(result.baseline.metrics.headSize).toBeUndefined();
    expect(result.baseline.metrics.neckHeight).toBeDefined();
  });
});

describe('calibration session', () => {
  it('completes after the calibration time and builds the baseline from the frames fed', () => {
    let session = startCalibration('cam-b', 10_000);
    for (const frame of uprightSession(6)) session = addCalibrationFrame(session, frame);
    expect(calibrationProgress(session, 10_000 + CALIBRATION_DURATION_MS / 2)).toBeCloseTo(0.5);
    expect(isCalibrationComplete(session, 10_000 + CALIBRATION_DURATION_MS - 1)).toBe(false);
    expect(isCalibrationComplete(session, 10_000 + CALIBRATION_DURATION_MS)).toBe(true);
    const result = finishCalibration(session, 20_000);
    expect(result.ok && result.baseline).toMatchObject({
      cameraId: 'cam-b',
      createdAtMs: 20_000,
      frameCount: 6,
    });
  });
});

describe('baseline storage', () => {
  it('survives a JSON round trip unchanged', () => {
    const baseline = calibrated();
    expect(parseBaseline(JSON.parse(JSON.stringify(baseline)))).toEqual(baseline);
  });

  it('rejects corrupt or foreign JSON', () => {
    expect(parseBaseline({ ...calibrated(), version: 99 })).toBeNull();
    expect(
      parseBaseline({ ...calibrated(), metrics: { neckHeight: { median: 'tall' } } }),
    ).toBeNull();
    expect(parseBaseline('nonsense')).toBeNull();
  });

  it('keeps one baseline per camera and drops only damaged entries', () => {
    let book = withBaseline({}, calibrated('laptop'));
    book = withBaseline(book, calibrated('desk'));
    const stored = JSON.parse(JSON.stringify({ ...book, broken: { version: 1 } }));
    const parsed = parseBaselineBook(stored);
    expect(Object.keys(parsed).sort()).toEqual(['desk', 'laptop']);
    expect(baselineFor(parsed, 'desk')?.cameraId).toBe('desk');
    expect(baselineFor(parsed, 'toString')).toBeNull();
    expect(baselineFor(withoutBaseline(parsed, 'desk'), 'desk')).toBeNull();
    expect(parseBaselineBook(null)).toEqual({});
  });
});
