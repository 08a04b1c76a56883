/**
 * npm run bench [-- --json] [--seconds N] [--repeat R] [--app-dir DIR]
 *
 * The pose pipeline's cost in real Debian Chromium with a fake camera playing the shared
 * recordings (ffmpeg -> y4m): the real monitor at default settings, a naive loop (the model on
 * every camera frame, as most hobby monitors do) in the same browser, the monitor's camera and
 * model run back to back (no idle gap, so the CPU never clocks down), the monitor with the
 * camera-light saver (a burst every 10 s, the choice that keeps the camera on longest), and the
 * monitor again with a perfectly still subject. CPU is user+system time of the whole Chromium
 * process tree from /proc, as a percentage of one core; the camera's open share is the time
 * between getUserMedia handing over a stream and its tracks being stopped. With --repeat, each
 * figure is the median of the runs.
 *
 * Memory: PSS and RSS of the whole Chromium tree, summed and by process type, for a blank page,
 * a control page that only plays the same fake camera, and the monitor (memory-phases.ts). With
 * --soak MINUTES the monitor and the control run side by side that long and the monitor's PSS
 * growth beyond the control's is reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { launchChromium } from '../support/chromium';
import { fakeCameraVideo, type FakeCameraVideo } from '../support/fake-camera-videos';
import { buildApp, serveApp } from '../support/serve-app';
import { measureMemory, soak, type MemoryPhases, type SoakResult } from './memory-phases';
import { openPoseLab } from './pose-lab-page';
import { cpuPercentOfOneCore, snapshot, watchPeakRss } from './process-tree';
import { median, percentile, round } from './stats';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '20' },
    repeat: { type: 'string', default: '1' },
    'app-dir': { type: 'string' },
    soak: { type: 'string' },
  },
});
const seconds = Number(args.seconds);
const repeat = Number(args.repeat);
const soakMinutes = args.soak === undefined ? null : Number(args.soak);
if (
  !(seconds >= 3 && seconds <= 600) ||
  !Number.isInteger(repeat) ||
  repeat < 1 ||
  repeat > 9 ||
  (soakMinutes !== null && !(soakMinutes >= 1 && soakMinutes <= 600))
) {
  console.error(
    'Usage: npm run bench -- [--json] [--seconds 3..600] [--repeat 1..9] [--app-dir DIR] [--soak 1..600]',
  );
  process.exit(2);
}

interface PhaseResult {
  cpuPercent: number;
  inferences: number;
  samples: number;
  analysedFps: number;
  inferenceMs: number[];
  firstSampleMs: number | null;
  tensorsStart: number;
  tensorsEnd: number;
  peakRssMb: number;
  backend: string | null;
  /** Share of the measured window with a camera stream open (its light on), 0..1. */
  cameraOpenShare: number;
  wallSeconds: number;
}

/** The camera-light saver's phase: a burst every 10 s, measured over whole periods. */
const SAVER_PERIOD_SECONDS = 10;

const log = (message: string) => {
  if (!args.json) console.log(message);
  else console.error(message);
};

/** Start something, wait for its first sample, then measure a steady window of `seconds`. */
async function measure(
  page: Page,
  start: () => Promise<void>,
  label: string,
  phaseSeconds = seconds,
): Promise<PhaseResult> {
  const rss = watchPeakRss();
  await start();
  await page.waitForFunction(() => window.__poseLab.state().samples > 0, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  const warm = await page.evaluate(() => window.__poseLab.state());
  // Let the first-run allocations settle before taking the tensor baseline.
  await page.waitForTimeout(1000);
  const tensorsStart = (await page.evaluate(() => window.__poseLab.state())).tensors;
  await page.evaluate(() => window.__poseLab.resetCounters());
  const before = snapshot();
  await page.waitForTimeout(phaseSeconds * 1000);
  const after = snapshot();
  const end = await page.evaluate(() => window.__poseLab.state());
  const wallSeconds = (after.atMs - before.atMs) / 1000;
  const result: PhaseResult = {
    cpuPercent: cpuPercentOfOneCore(before, after),
    inferences: end.inferenceMs.length,
    samples: end.samples,
    analysedFps: end.inferenceMs.length / wallSeconds,
    inferenceMs: end.inferenceMs,
    firstSampleMs: warm.firstSampleAfterMs,
    tensorsStart,
    tensorsEnd: end.tensors,
    peakRssMb: rss.stop() / 2 ** 20,
    backend: end.backend,
    cameraOpenShare: end.cameraOpenMs / (after.atMs - before.atMs),
    wallSeconds,
  };
  log(
    `  ${label}: ${result.cpuPercent.toFixed(1)}% of one core, ${result.inferences} model runs ` +
      `(${result.analysedFps.toFixed(2)}/s), p50 ${round(percentile(result.inferenceMs, 50))} ms, ` +
      `first sample ${round(result.firstSampleMs, 0)} ms, tensors ${tensorsStart}->${result.tensorsEnd}, ` +
      `camera open ${(result.cameraOpenShare * 100).toFixed(0)}% of the time`,
  );
  return result;
}

/** Launches a Chromium whose fake camera plays `video`. */
const withCamera = (video: FakeCameraVideo) => () =>
  launchChromium({ cameraVideo: fakeCameraVideo(video) });

async function withBrowser<T>(
  video: FakeCameraVideo,
  appUrl: string,
  body: (page: Page) => Promise<T>,
): Promise<T> {
  const browser = await withCamera(video)();
  try {
    return await body(await openPoseLab(browser, appUrl));
  } finally {
    await browser.close();
  }
}

interface RunResult {
  idleCpuPercent: number;
  monitor: PhaseResult;
  naive: PhaseResult;
  backToBack: PhaseResult;
  saver: PhaseResult;
  still: PhaseResult;
  memory: MemoryPhases;
}

/** CPU time one analysed frame costs, whole browser included: % of one core over frames/s. */
const cpuMsPerAnalysedFrame = (phase: PhaseResult): number | null =>
  phase.analysedFps > 0 ? (phase.cpuPercent * 10) / phase.analysedFps : null;

async function oneRun(appUrl: string, index: number): Promise<RunResult> {
  log(`run ${index + 1}/${repeat} (${seconds} s per phase)`);
  // Moving subject: the monitor, then the naive loop, in the same browser.
  const moving = await withBrowser('upright', appUrl, async (page) => {
    await page.waitForTimeout(3000); // let browser start-up work finish
    const before = snapshot();
    await page.waitForTimeout(Math.min(5, seconds) * 1000);
    const idleCpuPercent = cpuPercentOfOneCore(before, snapshot());
    log(`  browser idle (page open, no camera): ${idleCpuPercent.toFixed(1)}% of one core`);
    const monitor = await measure(
      page,
      () => page.evaluate(() => window.__poseLab.startMonitor()),
      'monitor, moving subject',
    );
    await page.evaluate(() => window.__poseLab.disposeMonitor());
    const naive = await measure(
      page,
      () => page.evaluate(() => window.__poseLab.startNaive()),
      'naive loop, every frame',
    );
    await page.evaluate(() => window.__poseLab.stopComparison());
    // The monitor's own camera and model with no idle gap between runs: what one run costs when
    // the CPU has not dropped its clocks. Shorter: only its run times are reported.
    const backToBack = await measure(
      page,
      () => page.evaluate(() => window.__poseLab.startBackToBack()),
      'back-to-back, CPU never idle',
      Math.min(seconds, 10),
    );
    await page.evaluate(() => window.__poseLab.stopComparison());
    // The camera-light saver: whole periods, at least six bursts, so the open share is not
    // skewed by where in the cycle the window starts.
    const saverSeconds =
      Math.max(6, Math.ceil(seconds / SAVER_PERIOD_SECONDS)) * SAVER_PERIOD_SECONDS;
    const saver = await measure(
      page,
      () =>
        page.evaluate(
          (periodMs) => window.__poseLab.startMonitor({ burstPeriodMs: periodMs }),
          SAVER_PERIOD_SECONDS * 1000,
        ),
      `monitor, camera-light saver every ${SAVER_PERIOD_SECONDS} s`,
      saverSeconds,
    );
    await page.evaluate(() => window.__poseLab.disposeMonitor());
    return { idleCpuPercent, monitor, naive, backToBack, saver };
  });
  const still = await withBrowser('still', appUrl, (page) =>
    measure(
      page,
      () => page.evaluate(() => window.__poseLab.startMonitor()),
      'monitor, still subject',
    ),
  );
  const memory = await measureMemory(withCamera('upright'), appUrl, seconds, log);
  return { ...moving, still, memory };
}

function summarise(runs: RunResult[], soaked: SoakResult | null) {
  const pick = (f: (r: RunResult) => number | null) =>
    round(median(runs.map(f).filter((v): v is number => v !== null)), 2);
  const allMonitorMs = runs.flatMap((r) => r.monitor.inferenceMs);
  const allNaiveMs = runs.flatMap((r) => r.naive.inferenceMs);
  const allBackToBackMs = runs.flatMap((r) => r.backToBack.inferenceMs);
  const monitorCpu = pick((r) => r.monitor.cpuPercent)!;
  const naiveCpu = pick((r) => r.naive.cpuPercent)!;
  return {
    runs: runs.length,
    secondsPerPhase: seconds,
    backend: runs[0]!.monitor.backend,
    inferenceMsP50: round(percentile(allMonitorMs, 50)),
    inferenceMsP95: round(percentile(allMonitorMs, 95)),
    naiveInferenceMsP50: round(percentile(allNaiveMs, 50)),
    naiveInferenceMsP95: round(percentile(allNaiveMs, 95)),
    backToBackInferenceMsP50: round(percentile(allBackToBackMs, 50)),
    backToBackInferenceMsP95: round(percentile(allBackToBackMs, 95)),
    analysedFps: pick((r) => r.monitor.analysedFps),
    naiveAnalysedFps: pick((r) => r.naive.analysedFps),
    stillAnalysedFps: pick((r) => r.still.analysedFps),
    samplesPerSecond: pick((r) => r.monitor.samples / seconds),
    stillSamplesPerSecond: pick((r) => r.still.samples / seconds),
    cpuPercentOneCore: monitorCpu,
    naiveCpuPercentOneCore: naiveCpu,
    cpuRatioToNaive: round(monitorCpu / naiveCpu, 3),
    cpuMsPerAnalysedFrame: pick((r) => cpuMsPerAnalysedFrame(r.monitor)),
    stillCpuMsPerAnalysedFrame: pick((r) => cpuMsPerAnalysedFrame(r.still)),
    naiveCpuMsPerAnalysedFrame: pick((r) => cpuMsPerAnalysedFrame(r.naive)),
    stillCpuPercentOneCore: pick((r) => r.still.cpuPercent),
    idleBrowserCpuPercentOneCore: pick((r) => r.idleCpuPercent),
    peakRssMb: pick((r) => Math.max(r.monitor.peakRssMb, r.naive.peakRssMb, r.still.peakRssMb)),
    firstSampleMs: pick((r) => r.monitor.firstSampleMs),
    stillFirstSampleMs: pick((r) => r.still.firstSampleMs),
    tensorsStart: runs[0]!.monitor.tensorsStart,
    tensorsEnd: runs[0]!.monitor.tensorsEnd,
    tensorGrowth: Math.max(
      ...runs.flatMap((r) => [r.monitor, r.still].map((p) => p.tensorsEnd - p.tensorsStart)),
    ),
    cameraOpenShare: pick((r) => r.monitor.cameraOpenShare),
    samplesPerMinute: pick((r) => (r.monitor.samples / r.monitor.wallSeconds) * 60),
    saverPeriodSeconds: SAVER_PERIOD_SECONDS,
    saverCpuPercentOneCore: pick((r) => r.saver.cpuPercent),
    saverCameraOpenShare: pick((r) => r.saver.cameraOpenShare),
    saverSamplesPerMinute: pick((r) => (r.saver.samples / r.saver.wallSeconds) * 60),
    saverAnalysedFps: pick((r) => r.saver.analysedFps),
    saverTensorGrowth: Math.max(...runs.map((r) => r.saver.tensorsEnd - r.saver.tensorsStart)),
    blankPssMb: pick((r) => r.memory.blank.total.pssMb),
    controlPssMb: pick((r) => r.memory.control.total.pssMb),
    monitorPssMb: pick((r) => r.memory.monitor.total.pssMb),
    blankRssMb: pick((r) => r.memory.blank.total.rssMb),
    controlRssMb: pick((r) => r.memory.control.total.rssMb),
    monitorRssMb: pick((r) => r.memory.monitor.total.rssMb),
    monitorRendererPssMb: pick((r) => r.memory.monitor.byType.renderer.pssMb),
    controlRendererPssMb: pick((r) => r.memory.control.byType.renderer.pssMb),
    blankRendererPssMb: pick((r) => r.memory.blank.byType.renderer.pssMb),
    monitorPssByType: runs[0]!.memory.monitor.byType,
    monitorAboveBlankPssMb: pick((r) => r.memory.monitor.total.pssMb - r.memory.blank.total.pssMb),
    controlAboveBlankPssMb: pick((r) => r.memory.control.total.pssMb - r.memory.blank.total.pssMb),
    monitorAboveControlPssMb: pick(
      (r) => r.memory.monitor.total.pssMb - r.memory.control.total.pssMb,
    ),
    soakMinutes: soaked?.minutes ?? null,
    soakMonitorGrowthMb: soaked?.monitorGrowthMb ?? null,
    soakControlGrowthMb: soaked?.controlGrowthMb ?? null,
    soakGrowthBeyondControlMb: soaked?.growthBeyondControlMb ?? null,
    soakSamples: soaked?.samples ?? null,
  };
}

const targets = (s: ReturnType<typeof summarise>) =>
  [
    [
      'moving-subject CPU <= 4.0% of one core',
      s.cpuPercentOneCore !== null && s.cpuPercentOneCore <= 4,
    ],
    [
      'still-subject CPU <= 2.0% of one core',
      s.stillCpuPercentOneCore !== null && s.stillCpuPercentOneCore <= 2,
    ],
    ['default CPU <= 0.07 of naive', s.cpuRatioToNaive !== null && s.cpuRatioToNaive <= 0.07],
    ['inference p50 <= 40 ms', s.inferenceMsP50 !== null && s.inferenceMsP50 <= 40],
    ['first sample <= 2 s', s.firstSampleMs !== null && s.firstSampleMs <= 2000],
    ['no tensor growth', s.tensorGrowth <= 0],
    [
      'monitor page PSS above a blank page <= 100 MB',
      s.monitorAboveBlankPssMb !== null && s.monitorAboveBlankPssMb <= 100,
    ],
    ...(s.soakGrowthBeyondControlMb === null
      ? []
      : ([
          [
            `soak: monitor PSS growth beyond the control <= 10 MB over ${s.soakMinutes} min`,
            s.soakGrowthBeyondControlMb <= 10,
          ],
        ] as const)),
  ] as const;

async function main() {
  const ownBuild = !args['app-dir'];
  const appDir = args['app-dir'] ?? mkdtempSync(join(tmpdir(), 'poise-bench-'));
  if (ownBuild) {
    log('building the renderer...');
    await buildApp(appDir, ['pose-lab', 'camera-control']);
  }
  // Build the fake-camera videos before measuring: ffmpeg must not run inside a phase.
  fakeCameraVideo('upright');
  fakeCameraVideo('still');
  const served = await serveApp(appDir, 'pose-lab.html');
  const runs: RunResult[] = [];
  let soaked: SoakResult | null = null;
  try {
    for (let i = 0; i < repeat; i += 1) runs.push(await oneRun(served.url, i));
    if (soakMinutes !== null) {
      log(`soak: monitor and control side by side for ${soakMinutes} min`);
      soaked = await soak(withCamera('upright'), served.url, soakMinutes, 30, log);
    }
  } finally {
    await served.close();
    if (ownBuild) rmSync(appDir, { recursive: true, force: true });
  }
  const summary = summarise(runs, soaked);
  const checks = targets(summary);
  log('');
  log(
    `Poise pose pipeline benchmark (${summary.backend}, ${seconds} s per phase, median of ${runs.length} run(s))`,
  );
  log(
    `  inference ms            p50 ${summary.inferenceMsP50}  p95 ${summary.inferenceMsP95}  (naive p50 ${summary.naiveInferenceMsP50})`,
  );
  log(
    `  inference ms, no idle   p50 ${summary.backToBackInferenceMsP50}  p95 ${summary.backToBackInferenceMsP95}  (same camera and model, run back to back)`,
  );
  log(
    `  analysed frames / s     monitor ${summary.analysedFps}  still ${summary.stillAnalysedFps}  naive ${summary.naiveAnalysedFps}`,
  );
  log(
    `  samples / s             monitor ${summary.samplesPerSecond}  still ${summary.stillSamplesPerSecond}`,
  );
  log(
    `  CPU % of one core       monitor ${summary.cpuPercentOneCore}  still ${summary.stillCpuPercentOneCore}  naive ${summary.naiveCpuPercentOneCore}  idle browser ${summary.idleBrowserCpuPercentOneCore}`,
  );
  log(`  CPU monitor / naive     ${summary.cpuRatioToNaive}`);
  log(
    `  CPU ms / analysed frame monitor ${summary.cpuMsPerAnalysedFrame}  still ${summary.stillCpuMsPerAnalysedFrame}  naive ${summary.naiveCpuMsPerAnalysedFrame}  (whole browser)`,
  );
  log(
    `  camera-light saver      every ${summary.saverPeriodSeconds} s: CPU ${summary.saverCpuPercentOneCore}% of one core, ` +
      `camera open ${summary.saverCameraOpenShare} of the time (monitor ${summary.cameraOpenShare}), ` +
      `${summary.saverSamplesPerMinute} samples/min (monitor ${summary.samplesPerMinute}), ` +
      `tensor growth ${summary.saverTensorGrowth}`,
  );
  log(`  peak memory (RSS sum)   ${summary.peakRssMb} MB`);
  log(
    `  memory, PSS (RSS) MB    blank ${summary.blankPssMb} (${summary.blankRssMb})  control ${summary.controlPssMb} (${summary.controlRssMb})  monitor ${summary.monitorPssMb} (${summary.monitorRssMb})`,
  );
  log(
    `  monitor PSS above       blank ${summary.monitorAboveBlankPssMb} MB  control ${summary.monitorAboveControlPssMb} MB  (control above blank ${summary.controlAboveBlankPssMb} MB)`,
  );
  if (summary.soakMinutes !== null) {
    log(
      `  soak ${summary.soakMinutes} min, PSS growth  monitor ${summary.soakMonitorGrowthMb} MB  control ${summary.soakControlGrowthMb} MB  beyond control ${summary.soakGrowthBeyondControlMb} MB`,
    );
  }
  log(
    `  first sample            ${summary.firstSampleMs} ms (still video ${summary.stillFirstSampleMs} ms)`,
  );
  log(
    `  live tensors            start ${summary.tensorsStart}  end ${summary.tensorsEnd}  growth ${summary.tensorGrowth}`,
  );
  for (const [name, ok] of checks) log(`  ${ok ? 'meets ' : 'MISSES'} ${name}`);
  if (args.json) console.log(JSON.stringify({ ...summary, targets: Object.fromEntries(checks) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
