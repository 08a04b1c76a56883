/**
 * The benchmark's memory phases. Three browsers, one at a time, each with the same flags: a blank
 * page, the control page (the fake camera played into a video element the monitor's way, no
 * model) and the monitor (pose lab page, monitor at default settings). Each settles, then its
 * whole process tree is read. The soak runs the monitor and the control side by side for N
 * minutes and samples both, so growth that comes from Chromium's fake camera shows in the control
 * too and is not counted against Poise.
 */
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../support/chromium';
import { launchWithPid, treeMemory, type TreeMemory } from './memory';
import { openPoseLab } from './pose-lab-page';
import { median, round } from './stats';

export interface MemoryPhases {
  readonly blank: TreeMemory;
  readonly control: TreeMemory;
  readonly monitor: TreeMemory;
}

export interface SoakSample {
  readonly atMinutes: number;
  readonly monitorPssMb: number;
  readonly controlPssMb: number;
  readonly monitorRendererPssMb: number;
  readonly controlRendererPssMb: number;
  readonly monitorJsHeapMb: number;
  readonly monitorTensors: number;
}

export interface SoakResult {
  readonly minutes: number;
  readonly samples: readonly SoakSample[];
  readonly monitorGrowthMb: number;
  readonly controlGrowthMb: number;
  readonly growthBeyondControlMb: number;
}

type Log = (message: string) => void;
type Launch = () => Promise<Browser>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openControl(browser: Browser, appUrl: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(new URL('camera-control.html', appUrl).href);
  await page.waitForFunction(() => typeof window.__cameraControl !== 'undefined');
  await page.evaluate(() => window.__cameraControl.start());
  await page.waitForFunction(() => window.__cameraControl.state().playing);
  return page;
}

async function openMonitor(browser: Browser, appUrl: string): Promise<Page> {
  const page = await openPoseLab(browser, appUrl);
  await page.evaluate(() => window.__poseLab.startMonitor());
  await page.waitForFunction(() => window.__poseLab.state().samples > 0, undefined, {
    timeout: 60_000,
    polling: 100,
  });
  return page;
}

async function settledMemory(
  launch: Launch,
  open: (browser: Browser) => Promise<unknown>,
  settleSeconds: number,
): Promise<TreeMemory> {
  const { value: browser, pid } = await launchWithPid(launch);
  try {
    await open(browser);
    await sleep(settleSeconds * 1000);
    return treeMemory(pid);
  } finally {
    await browser.close();
  }
}

export async function measureMemory(
  launchWithCamera: Launch,
  appUrl: string,
  settleSeconds: number,
  log: Log,
): Promise<MemoryPhases> {
  const blank = await settledMemory(
    () => launchChromium({}),
    async (browser) => (await browser.newPage()).goto('about:blank'),
    settleSeconds,
  );
  const control = await settledMemory(
    launchWithCamera,
    (b) => openControl(b, appUrl),
    settleSeconds,
  );
  const monitor = await settledMemory(
    launchWithCamera,
    (b) => openMonitor(b, appUrl),
    settleSeconds,
  );
  const line = (name: string, m: TreeMemory) =>
    `  memory, ${name}: PSS ${m.total.pssMb} MB (renderer ${m.byType.renderer.pssMb}, browser ` +
    `${m.byType.browser.pssMb}, gpu ${m.byType.gpu.pssMb}, utility ${m.byType.utility.pssMb}, ` +
    `other ${m.byType.other.pssMb}), RSS ${m.total.rssMb} MB`;
  log(line('blank page', blank));
  log(line('camera control page', control));
  log(line('monitor page', monitor));
  return { blank, control, monitor };
}

/** Live JS heap of a page, from the DevTools protocol (no page flag needed). */
async function jsHeapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    return round(used / 2 ** 20, 1)!;
  } finally {
    await session.detach();
  }
}

/** Growth from the settled start (median of the first samples) to the end (median of the last). */
export function growthMb(values: readonly number[], edge = 3): number {
  if (values.length < 2) return 0;
  const n = Math.max(1, Math.min(edge, Math.floor(values.length / 2)));
  return round(median(values.slice(-n))! - median(values.slice(0, n))!, 1)!;
}

export async function soak(
  launchWithCamera: Launch,
  appUrl: string,
  minutes: number,
  everySeconds: number,
  log: Log,
): Promise<SoakResult> {
  const control = await launchWithPid(launchWithCamera);
  const monitor = await launchWithPid(launchWithCamera);
  try {
    await openControl(control.value, appUrl);
    const monitorPage = await openMonitor(monitor.value, appUrl);
    // The first minute is start-up (model compile, first allocations), not growth.
    await sleep(60_000);
    const startedAt = performance.now();
    const samples: SoakSample[] = [];
    for (;;) {
      const atMinutes = (performance.now() - startedAt) / 60_000;
      const m = treeMemory(monitor.pid);
      const c = treeMemory(control.pid);
      const lab = await monitorPage.evaluate(() => {
        const state = window.__poseLab.state();
        window.__poseLab.resetCounters(); // the lab's own counters must not grow for hours
        return { tensors: state.tensors };
      });
      const sample: SoakSample = {
        atMinutes: round(atMinutes, 2)!,
        monitorPssMb: m.total.pssMb,
        controlPssMb: c.total.pssMb,
        monitorRendererPssMb: m.byType.renderer.pssMb,
        controlRendererPssMb: c.byType.renderer.pssMb,
        monitorJsHeapMb: await jsHeapMb(monitorPage),
        monitorTensors: lab.tensors,
      };
      samples.push(sample);
      log(
        `  soak ${sample.atMinutes.toFixed(1)} min: monitor PSS ${sample.monitorPssMb} MB ` +
          `(renderer ${sample.monitorRendererPssMb}, JS heap ${sample.monitorJsHeapMb}, ` +
          `tensors ${sample.monitorTensors}), control PSS ${sample.controlPssMb} MB ` +
          `(renderer ${sample.controlRendererPssMb})`,
      );
      if (atMinutes >= minutes) break;
      await sleep(everySeconds * 1000);
    }
    const monitorGrowthMb = growthMb(samples.map((s) => s.monitorPssMb));
    const controlGrowthMb = growthMb(samples.map((s) => s.controlPssMb));
    return {
      minutes,
      samples,
      monitorGrowthMb,
      controlGrowthMb,
      growthBeyondControlMb: round(monitorGrowthMb - controlGrowthMb, 1)!,
    };
  } finally {
    await monitor.value.close();
    await control.value.close();
  }
}
