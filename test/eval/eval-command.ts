import { parseArgs } from 'node:util';
import { totalCount, type StateCounts } from './eval-scores';
import { EvalInputError } from './image-folders';
import { createNodeEstimator, type NodeEstimator } from './node-estimator';
import { evaluate, type EvalResult } from './run-eval';

export const USAGE =
  'usage: npm run eval -- --upright DIR --slouched DIR [--calibration-frames N] [--slouched-calibration-frames N] [--json]';

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
  const uprightScored = totalCount(result.upright);
  const slouchedScored = totalCount(result.slouched);
  const slouch = result.slouchCalibration;
  return [
    `calibration: first ${result.calibrationFrames} upright images (${result.calibrationUsable} usable), sensitivity ${result.sensitivity}` +
      (slouch
        ? `; slouch calibration: first ${slouch.frames} slouched images (moved: ${slouch.metrics.join(', ')})`
        : ''),
    `upright:  ${uprightScored} scored, ${uprightScored - result.upright.slouching} right (${describeCounts(result.upright)})`,
    `slouched: ${slouchedScored} scored, ${result.slouched.slouching} right (${describeCounts(result.slouched)})`,
    `balanced accuracy ${result.balancedAccuracy.toFixed(3)}, slouch recall ${result.slouchRecall.toFixed(3)}, ` +
      `upright false-alarm rate ${result.uprightFalseAlarmRate.toFixed(3)}, uncertain ${result.uncertain}, ` +
      `uncertain or away ${result.uncertainOrAwayShare.toFixed(3)} of scored, ` +
      `${result.msPerImage.toFixed(1)} ms/image`,
  ];
}

/**
 * A count flag's text as a whole number of at least `min`, or null. Whether the folders hold
 * enough images is checked later, against the folders (exit 1, not a usage error).
 */
function parseCount(text: string, min: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min ? value : null;
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
        'slouched-calibration-frames': { type: 'string', default: '0' },
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
  const calibrationFrames = parseCount(calibrationText, 1);
  if (calibrationFrames === null) {
    io.err(
      `--calibration-frames must be a whole number of at least 1, got ${calibrationText}.\n${USAGE}`,
    );
    return EXIT_USAGE;
  }
  const slouchedText = values['slouched-calibration-frames'];
  const slouchedCalibrationFrames = parseCount(slouchedText, 0);
  if (slouchedCalibrationFrames === null) {
    io.err(
      `--slouched-calibration-frames must be a whole number of at least 0, got ${slouchedText}.\n${USAGE}`,
    );
    return EXIT_USAGE;
  }

  const options = {
    uprightDir: values.upright,
    slouchedDir: values.slouched,
    calibrationFrames,
    slouchedCalibrationFrames,
  };
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
