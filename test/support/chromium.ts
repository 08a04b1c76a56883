import { chromium, type Browser, type LaunchOptions } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download is not possible on these machines. */
export const CHROMIUM_PATH = process.env.POISE_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchChromiumOptions {
  /** y4m/mjpeg file the fake camera plays in a loop; undefined = no fake camera device. */
  readonly cameraVideo?: string;
  /** Grant camera permission without a prompt (the default). false = every request is denied. */
  readonly grantCamera?: boolean;
  readonly headless?: boolean;
}

export function chromiumArgs(options: LaunchChromiumOptions): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    // A hidden monitor must keep its timers: the same reason the Electron window sets
    // backgroundThrottling: false.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ];
  if (options.cameraVideo) {
    args.push(
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${options.cameraVideo}`,
    );
  }
  if (options.grantCamera !== false) args.push('--use-fake-ui-for-media-stream');
  else args.push('--deny-permission-prompts');
  return args;
}

export function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const launch: LaunchOptions = {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: chromiumArgs(options),
  };
  return chromium.launch(launch);
}
