import { describe, expect, it } from 'vitest';
import {
  MAX_PLACES,
  parseBaseline,
  parseBaselineBook,
  placesFor,
  withBaseline,
  withoutBaseline,
  type Baseline,
} from '../../../../shared/posture/baseline';
import {
  addCalibrationFrame,
  calibrate,
  calibrationProgress,
  finishCalibration,
  isCalibrationComplete,
  startCalibration,
  CALIBRATION_DURATION_MS,
} from '../../../../shared/posture/calibration';
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

  it('keeps baselines per camera and drops only damaged entries', () => {
    let book = withBaseline({}, calibrated('laptop'));
    book = withBaseline(book, calibrated('desk'));
    const stored = JSON.parse(JSON.stringify({ ...book, broken: [{ version: 1 }] }));
    const parsed = parseBaselineBook(stored);
    expect(Object.keys(parsed).sort()).toEqual(['desk', 'laptop']);
    expect(placesFor(parsed, 'desk').map((b) => b.cameraId)).toEqual(['desk']);
    expect(placesFor(parsed, 'toString')).toEqual([]);
    expect(placesFor(withoutBaseline(parsed, 'desk'), 'desk')).toEqual([]);
    expect(parseBaselineBook(null)).toEqual({});
  });

  it('drops a baseline from before the position metrics, so the person calibrates again', () => {
    const old = { ...calibrated('laptop'), version: 1 };
    expect(parseBaselineBook({ laptop: old })).toEqual({});
  });

  describe('places', () => {
    /** The same calibration, as if the laptop stood elsewhere: the face shifted in the picture. */
    const elsewhere = (base: Baseline, dx: number, createdAtMs: number): Baseline => ({
      ...base,
      createdAtMs,
      framing: base.framing && { ...base.framing, eyeX: base.framing.eyeX + dx },
    });

    it('keeps a calibration from another place beside the first, most recent first', () => {
      const desk = calibrated('laptop');
      const kitchen = elsewhere(desk, 0.2, 2000);
      const book = withBaseline(withBaseline({}, desk), kitchen);
      expect(placesFor(book, 'laptop')).toEqual([kitchen, desk]);
    });

    it('replaces the place a recalibration was made in, and forgets the oldest beyond the limit', () => {
      const desk = calibrated('laptop');
      let book = withBaseline({}, desk);
      const again = elsewhere(desk, 0.001, 5000);
      book = withBaseline(book, again);
      expect(placesFor(book, 'laptop')).toEqual([again]);
      for (let i = 1; i <= MAX_PLACES + 1; i += 1)
        book = withBaseline(book, elsewhere(desk, 0.2 * i, i));
      const places = placesFor(book, 'laptop');
      expect(places).toHaveLength(MAX_PLACES);
      expect(places[0]?.createdAtMs).toBe(MAX_PLACES + 1);
      expect(parseBaselineBook(JSON.parse(JSON.stringify(book)))).toEqual(book);
    });
  });
});
