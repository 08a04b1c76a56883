import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sharedDataDir } from '../support/repo-paths';
import { formatGate, gateChecks } from './dev-gate';
import { DEV_MODES, planFor } from './dev-plan';
import { summarizeMode, type DevRow } from './dev-results';
import { formatRows, formatSummaries } from './dev-table';
import { EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, type CommandIo } from './eval-command';
import { discoverFrontalSets, type FrontalSet } from './frontal-sets';
import { EvalInputError, listImages } from './image-folders';
import { judgeImages, type EstimatedImages } from './judge-images';
import { createNodeEstimator, type NodeEstimator } from './node-estimator';
import { estimateImages } from './run-eval';

export const DEV_USAGE = 'usage: npm run eval:dev [-- [--gate] [--json]]';
/** With --gate: at least one check failed. */
const EXIT_GATE_FAILED = 1;

interface SetImages {
  readonly set: FrontalSet;
  readonly paths: { readonly upright: string[]; readonly slouched: string[] };
}

/** Every set's image list, read before the model loads, so an empty folder fails fast. */
async function listSets(dataDir: string): Promise<SetImages[]> {
  const sets = await discoverFrontalSets(dataDir);
  if (sets.length === 0) {
    throw new EvalInputError(
      `No frontal set (a folder with upright/ and slouched/ under frontal-*) in ${dataDir}.`,
    );
  }
  return Promise.all(
    sets.map(async (set) => ({
      set,
      paths: {
        upright: await listImages(join(set.dir, 'upright'), `${set.name} upright`),
        slouched: await listImages(join(set.dir, 'slouched'), `${set.name} slouched`),
      },
    })),
  );
}

/** One set under one mode; a failed calibration becomes a reported row, not an abort. */
function judgeSet(set: string, images: EstimatedImages): DevRow[] {
  return DEV_MODES.map((mode) => {
    try {
      const plan = planFor(mode, images.upright.length, images.slouched.length);
      return { set, mode, ok: true, result: judgeImages(images, plan) };
    } catch (error) {
      if (!(error instanceof EvalInputError)) throw error;
      return { set, mode, ok: false, error: error.message };
    }
  });
}

/** Rows as flat JSON objects: set, mode, ok, then the result's fields or the error. */
const flatten = (row: DevRow) =>
  row.ok ? { set: row.set, mode: row.mode, ok: true, ...row.result } : row;

/**
 * eval:dev without the process: every frontal set, each image through the pose model once, then
 * judged under every mode from those same keypoints. Exit 0, or 1 for unreadable data or (with
 * --gate) a failed check, 2 for bad arguments.
 */
export async function runDevEvalCommand(
  argv: readonly string[],
  io: CommandIo,
  makeEstimator: () => Promise<NodeEstimator> = createNodeEstimator,
  dataDir: string = sharedDataDir,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      // --json is accepted for symmetry with `npm run eval`; the JSON line is always printed.
      options: { gate: { type: 'boolean', default: false }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${DEV_USAGE}`);
    return EXIT_USAGE;
  }

  const rows: DevRow[] = [];
  let images = 0;
  let elapsedMs = 0;
  try {
    const sets = await listSets(dataDir);
    const estimator = await makeEstimator();
    try {
      for (const { set, paths } of sets) {
        const started = performance.now();
        const estimated = {
          upright: await estimateImages(paths.upright, estimator.estimate),
          slouched: await estimateImages(paths.slouched, estimator.estimate),
        };
        elapsedMs += performance.now() - started;
        images += paths.upright.length + paths.slouched.length;
        rows.push(...judgeSet(set.name, estimated));
      }
    } finally {
      estimator.dispose();
    }
  } catch (error) {
    if (error instanceof EvalInputError) {
      io.err(`eval:dev: ${error.message}`);
      return EXIT_INPUT_ERROR;
    }
    throw error;
  }

  const summaries = DEV_MODES.map((mode) => summarizeMode(rows, mode));
  const msPerImage = elapsedMs / images;
  for (const line of formatRows(rows)) io.out(line);
  for (const line of formatSummaries(summaries)) io.out(line);
  io.out(`${images} images, each through the pose model once: ${msPerImage.toFixed(1)} ms/image`);
  const checks = values.gate ? gateChecks(rows) : undefined;
  io.out(
    JSON.stringify({
      dataDir,
      images,
      msPerImage,
      rows: rows.map(flatten),
      summaries,
      ...(checks ? { gate: checks } : {}),
    }),
  );
  if (!checks) return EXIT_OK;
  // The count line comes last: CI reads it as this suite's test tally.
  for (const line of formatGate(checks)) io.out(line);
  return checks.every((check) => check.pass) ? EXIT_OK : EXIT_GATE_FAILED;
}
