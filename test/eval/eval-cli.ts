/**
 * npm run eval -- --upright DIR --slouched DIR [--calibration-frames N]
 *   [--slouched-calibration-frames N] [--json]
 * Judges every image on its own with the real pose model against a baseline calibrated on the
 * first N upright images, plus the personal slouch calibration on the first slouched images when
 * --slouched-calibration-frames is above 0. Exit code 0 on success, 1 for unreadable input, 2 for
 * bad arguments.
 */
import { runEvalCommand } from './eval-command';

process.exitCode = await runEvalCommand(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
