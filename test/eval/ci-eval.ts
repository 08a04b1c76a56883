/**
 * npm run test:eval — the slouch classifier on the frontal-webcam recording, with the real
 * pose model, held to the bar the product promises. Prints `eval: N passed, M failed`.
 */
import { resolve } from 'node:path';
import { requireSharedData } from '../support/repo-paths';
import { createNodeEstimator } from './node-estimator';
import { formatReport } from './eval-command';
import { evaluate, type EvalResult } from './run-eval';

interface Check {
  readonly name: string;
  readonly pass: (result: EvalResult) => boolean;
  readonly actual: (result: EvalResult) => string;
}

const CHECKS: readonly Check[] = [
  {
    name: 'balancedAccuracy >= 0.95',
    pass: (r) => r.balancedAccuracy >= 0.95,
    actual: (r) => r.balancedAccuracy.toFixed(3),
  },
  {
    name: 'uprightFalseAlarmRate <= 0.02',
    pass: (r) => r.uprightFalseAlarmRate <= 0.02,
    actual: (r) => r.uprightFalseAlarmRate.toFixed(3),
  },
];

const dataDir = requireSharedData('frontal-webcam');
const options = {
  uprightDir: resolve(dataDir, 'upright'),
  slouchedDir: resolve(dataDir, 'slouched'),
  calibrationFrames: 10,
};
const result = await evaluate(options, createNodeEstimator);
for (const line of formatReport(result)) console.log(line);
let passed = 0;
for (const check of CHECKS) {
  const ok = check.pass(result);
  if (ok) passed += 1;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${check.name} (got ${check.actual(result)})`);
}
const failed = CHECKS.length - passed;
console.log(`eval: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
