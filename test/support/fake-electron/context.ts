/** The operating systems Poise ships for; Electron's behaviour differs between them. */
export type FakePlatform = 'darwin' | 'win32' | 'linux';

/**
 * What the pieces of one fake `electron` share: the platform it pretends to be, whether the app is
 * ready yet, and a journal of the calls whose order matters (privileged schemes before ready, say).
 */
export interface FakeContext {
  readonly platform: FakePlatform;
  readonly journal: string[];
  isReady(): boolean;
  /**
   * Many Electron APIs throw when used before the app's `ready` event; so does the fake, so a test
   * cannot pass with code that would crash at start-up.
   */
  requireReady(api: string): void;
  /** Called once, by the fake app when it becomes ready. */
  markReady(): void;
}

export function createContext(platform: FakePlatform): FakeContext {
  let ready = false;
  return {
    platform,
    journal: [],
    isReady: () => ready,
    requireReady(api) {
      if (!ready) throw new Error(`${api} cannot be used before the app is ready`);
    },
    markReady: () => (ready = true),
  };
}
