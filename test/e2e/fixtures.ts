import { test as base, type Browser, type Locator, type Page } from '@playwright/test';
import { launchChromium } from '../support/chromium';
import { fakeCameraVideo, type FakeCameraVideo } from '../support/fake-camera-videos';
import { serveApp, type ServedApp } from '../support/serve-app';
import { PageProblems } from './page-problems';
import { READY_MADE_ROUTINES } from '../../renderer/routines/content/ready-made-routines';

/**
 * The one Playwright fixture: the browser host served on a free loopback port, opened in Debian's
 * Chromium with a fake camera that plays a real recording.
 *
 *   test.use({ cameraVideo: 'upright-then-slouched' });
 *   test('...', async ({ page, appUrl, offOriginRequests }) => { await page.goto(appUrl); ... });
 *
 * `appUrl` is the browser host; other pages of the build are at `${origin}/NAME.html`.
 * `offOriginRequests` collects every request that left the app's origin: privacy tests assert
 * it stays empty. An uncaught error or a console error in any page fails the test, unless the
 * test expects it: `pageProblems.expect(/Camera denied/, 'why this test logs it')`.
 */
export interface PoiseFixtures {
  appUrl: string;
  origin: string;
  offOriginRequests: string[];
  page: Page;
  /** Errors of every page of the test's browser context; a test may watch its own contexts too. */
  pageProblems: PageProblems;
}

export interface PoiseOptions {
  cameraVideo: FakeCameraVideo | 'none';
  grantCamera: boolean;
}

interface WorkerFixtures {
  servedApp: ServedApp;
}

export const test = base.extend<
  PoiseFixtures & PoiseOptions & { poiseBrowser: Browser },
  WorkerFixtures
>({
  cameraVideo: ['upright', { option: true }],
  grantCamera: [true, { option: true }],
  servedApp: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = process.env.POISE_E2E_APP_DIR;
      if (!dir) throw new Error('POISE_E2E_APP_DIR is not set: run through playwright.config.ts.');
      const served = await serveApp(dir);
      await use(served);
      await served.close();
    },
    { scope: 'worker' },
  ],
  poiseBrowser: async ({ cameraVideo, grantCamera }, use) => {
    const browser = await launchChromium({
      cameraVideo: cameraVideo === 'none' ? undefined : fakeCameraVideo(cameraVideo),
      grantCamera,
    });
    await use(browser);
    await browser.close();
  },
  origin: async ({ servedApp }, use) => use(new URL(servedApp.url).origin),
  appUrl: async ({ servedApp }, use) => use(new URL('index.html', servedApp.url).href),
  // eslint-disable-next-line no-empty-pattern
  offOriginRequests: async ({}, use) => use([]),
  pageProblems: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const problems = new PageProblems();
      await use(problems);
      // After the pages close: the message lists every error, not only the first.
      expect(problems.failures(), 'errors in the pages').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ poiseBrowser, origin, offOriginRequests, pageProblems, locale }, use) => {
    // Playwright's own `locale` option sets the browser's languages; English unless a test
    // (test.use({ locale: 'de-DE' })) speaks another, whatever the machine's language.
    const context = await poiseBrowser.newContext({
      viewport: { width: 1100, height: 800 },
      locale: locale ?? 'en-US',
    });
    pageProblems.watch(context);
    // The context's requests: those of popups and workers too, not only the first page's.
    context.on('request', (request) => {
      const url = request.url();
      // data: and blob: URLs never leave the page; everything else must be our own origin.
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) offOriginRequests.push(url);
    });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

export const expect = test.expect;

/** What an earlier session that finished the first run leaves saved. */
const RETURNING_SETTINGS = { version: 1, firstRunComplete: true } as const;

/**
 * Open the browser host with these settings already saved, as if from an earlier session:
 * an object is merged over `{ version: 1, firstRunComplete: true }` and stored as JSON, a string
 * is stored as it is (to test a damaged or hand-edited file, e.g. one without firstRunComplete).
 */
export async function openWithSettings(
  page: Page,
  appUrl: string,
  settings: Record<string, unknown> | string = {},
): Promise<void> {
  await page.goto(appUrl);
  await page.evaluate(
    (text) => localStorage.setItem('poise.settings', text),
    typeof settings === 'string'
      ? settings
      : JSON.stringify({ ...RETURNING_SETTINGS, ...settings }),
  );
  await page.reload();
}

/** The settings the browser host saved, as stored (an empty object when none are). */
export const savedSettings = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('poise.settings') ?? '{}'));

interface CameraWatch {
  /** Every getUserMedia call, answered or refused: asking is already using the camera. */
  __poiseCameraRequests: number;
  __poiseStreams: MediaStream[];
  __poiseFirstCameraAtMs?: number;
}

/**
 * Watch every camera stream the page opens, to see whether their tracks are live or ended (the
 * camera light), and how long ago the first one opened (where the fake camera's video is now).
 * Call before the page loads.
 */
export async function watchCamera(page: Page): Promise<{
  /** How many times the page asked for a camera, whatever the answer. */
  requests: () => Promise<number>;
  liveTracks: () => Promise<number>;
  /** Per stream, in the order they were opened: is its video still live? */
  streamsLive: () => Promise<boolean[]>;
  msSinceFirstOpen: () => Promise<number>;
}> {
  await page.addInitScript(() => {
    const watch = window as unknown as CameraWatch;
    watch.__poiseStreams = [];
    watch.__poiseCameraRequests = 0;
    const media = navigator.mediaDevices;
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      watch.__poiseCameraRequests += 1;
      const stream = await original(constraints);
      watch.__poiseFirstCameraAtMs ??= Date.now();
      watch.__poiseStreams.push(stream);
      return stream;
    };
  });
  return {
    requests: () => page.evaluate(() => (window as unknown as CameraWatch).__poiseCameraRequests),
    liveTracks: () =>
      page.evaluate(
        () =>
          (window as unknown as CameraWatch).__poiseStreams
            .flatMap((stream) => stream.getVideoTracks())
            .filter((track) => track.readyState === 'live').length,
      ),
    streamsLive: () =>
      page.evaluate(() =>
        (window as unknown as CameraWatch).__poiseStreams.map((stream) =>
          stream.getVideoTracks().some((track) => track.readyState === 'live'),
        ),
      ),
    msSinceFirstOpen: () =>
      page.evaluate(
        () =>
          Date.now() - ((window as unknown as CameraWatch).__poiseFirstCameraAtMs ?? Date.now()),
      ),
  };
}

/**
 * A command of the app's menu (the tray's items, behind the "Menu" button beside the status):
 * opens the menu when it is closed and hands back the item's button.
 */
export async function menuItem(page: Page, name: string, menuName = 'Menu'): Promise<Locator> {
  const toggle = page.getByRole('button', { name: menuName, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.locator('#poise-controls').getByRole('button', { name });
}

/** Every ready-made micro routine: hiding them all makes a micro break show the break card. */
export const MICRO_ROUTINE_IDS: readonly string[] = READY_MADE_ROUTINES.filter(
  (routine) => routine.kind === 'micro',
).map((routine) => routine.id);

/**
 * First-run setup up to the calibration step, as a person does it: allow the camera, wait until
 * Poise sees them, pass the placement checks.
 */
export async function setupToCalibration(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Allow camera' }).click();
  await expect(page.getByText('Poise can see you')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('All set: the camera is well placed.')).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Next' }).click();
}
