import { parseArgs } from 'node:util';
import type { StateCounts } from './eval-scores';
import { EvalInputError } from './image-folders';
import { createNodeEstimator, type NodeEstimator } from './node-estimator';
import { evaluate, type EvalResult } from './run-eval';

export const USAGE =
  'usage: npm run eval -- --upright DIR --slouched DIR [--calibration-frames N] [--json]';

export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE = 2;

type MakeEstimator = () => Promise<NodeEstimator>;

function describeCounts(counts: StateCounts): string {
  return `slouching ${counts.slouching}, upright ${counts.upright}, uncertain ${counts.uncertain}, away ${counts.away}`;
}

export function formatReport(result: EvalResult): string[] {
  const uprightScored =
    result.upright.upright +
    result.upright.slouching +
    result.upright.uncertain +
    result.upright.away;
  const slouchedScored =
    result.slouched.upright +
    result.slouched.slouching +
    result.slouched.uncertain +
    result.slouched.away;
  return [
    `calibration: first ${result.calibrationFrames} upright images (${result.calibrationUsable} usable), sensitivity ${result.sensitivity}`,
    `upright:  ${uprightScored} scored, ${uprightScored - result.upright.slouching} right (${describeCounts(result.upright)})`,
    `slouched: ${slouchedScored} scored, ${result.slouched.slouching} right (${describeCounts(result.slouched)})`,
    `balanced accuracy ${result.balancedAccuracy.toFixed(3)}, slouch recall ${result.slouchRecall.toFixed(3)}, ` +
      `upright false-alarm rate ${result.uprightFalseAlarmRate.toFixed(3)}, uncertain ${result.uncertain}, ` +
      `${result.msPerImage.toFixed(1)} ms/image`,
  ];
}

/** The eval CLI without the process: arguments in, lines out, an exit code back. */
export async function runEvalCommand(
  argv: readonly string[],
  io: CommandIo,
  makeEstimator: MakeEstimator = createNodeEstimator,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        upright: { type: 'string' },
        slouched: { type: 'string' },
        'calibration-frames': { type: 'string', default: '10' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (!values.upright || !values.slouched) {
    io.err(`Both --upright and --slouched folders are required.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const calibrationText = values['calibration-frames'];
  const calibrationFrames = /^\d+$/.test(calibrationText) ? Number(calibrationText) : Number.NaN;

  const options = { uprightDir: values.upright, slouchedDir: values.slouched, calibrationFrames };
  try {
    const result = await evaluate(options, makeEstimator);
    for (const line of formatReport(result)) io.out(line);
    if (values.json) io.out(JSON.stringify(result));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof EvalInputError) {
      io.err(`eval: ${error.message}`);
      return EXIT_INPUT_ERROR;
    }
    throw error;
  }
}
