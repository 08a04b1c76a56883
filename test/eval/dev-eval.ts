/**
 * npm run eval:dev [-- --gate]: the slouch detector on every frontal set in the shared data
 * (../shared/data or POISE_DATA_DIR), with the real pose model, calibrated upright-only and with
 * the personal slouch step. Prints a table, summaries and a JSON line; --gate (npm run test:eval)
 * holds the upright-only results to the bar and ends with `eval: N passed, M failed`.
 */
import { runDevEvalCommand } from './dev-eval-command';

process.exitCode = await runDevEvalCommand(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
