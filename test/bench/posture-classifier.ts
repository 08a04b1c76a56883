/**
 * npx tsx test/bench/posture-classifier.ts [--frames N]
 *
 * The cost of posture analysis per analysed frame, without the pose model: metrics, deviation
 * from the baseline, smoothing, hysteresis and the camera-moved check, on real keypoints (the
 * BlazePose frontal recording, all postures in turn). Prints microseconds per frame, median of
 * 5 runs, and the same for the still-frame verdict alone.
 */
import { parseArgs } from 'node:util';
import { calibrate } from '../../shared/posture/calibration';
import { initialClassifierState, stepClassifier } from '../../shared/posture/classifier';
import { judgeFrame, type FrameInput } from '../../shared/posture/frame-verdict';
import { loadBlazePoseCsv } from '../unit/shared/posture/support/keypoint-csv';
import { median, round } from './stats';

const { values } = parseArgs({ options: { frames: { type: 'string', default: '200000' } } });
const total = Number(values.frames);

const recordings = [
  'straight_2',
  'slouch_2',
  'slouch_roundshoulder_2',
  'uneven_shoulder_2',
  'lieback_2',
];
const frames: FrameInput[] = recordings.flatMap((name) =>
  loadBlazePoseCsv(`coords_webcam_${name}.csv`),
);
const calibration = calibrate(frames.slice(0, 10), 'bench', 0);
if (!calibration.ok) throw new Error(calibration.message);
const places = [calibration.baseline];

function classifierRun(): number {
  let state = initialClassifierState();
  let slouching = 0;
  const t0 = performance.now();
  for (let i = 0; i < total; i += 1) {
    const out = stepClassifier(state, frames[i % frames.length]!, places, 5, i * 200);
    state = out.state;
    if (out.report.state === 'slouching') slouching += 1;
  }
  const elapsed = performance.now() - t0;
  if (slouching === 0) throw new Error('benchmark sanity: no slouch was ever reported');
  return (elapsed * 1000) / total;
}

function verdictRun(): number {
  const t0 = performance.now();
  for (let i = 0; i < total; i += 1) judgeFrame(frames[i % frames.length]!, places[0]!, 5);
  return ((performance.now() - t0) * 1000) / total;
}

classifierRun(); // warm-up
const classifierUs = median(Array.from({ length: 5 }, classifierRun));
const verdictUs = median(Array.from({ length: 5 }, verdictRun));
console.log(`posture analysis over ${total} frames of real keypoints (${frames.length} distinct)`);
console.log(`  stepClassifier  ${round(classifierUs, 2)} µs/frame`);
console.log(`  judgeFrame      ${round(verdictUs, 2)} µs/frame`);
console.log(
  JSON.stringify({
    classifierMicrosPerFrame: round(classifierUs, 2),
    verdictMicrosPerFrame: round(verdictUs, 2),
  }),
);
