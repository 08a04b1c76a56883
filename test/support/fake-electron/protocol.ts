import type { FakeContext } from './context';

type Handler = Parameters<Electron.Protocol['handle']>[1];

/**
 * Electron's protocol. registerSchemesAsPrivileged works only before 'ready' and only once
 * (electron.d.ts: "can only be used before the `ready` event of the `app` module gets emitted and
 * can be called only once"); handle() throws for a scheme already handled, as Electron's
 * lib/browser/api/protocol.ts does ("Failed to register protocol").
 */
export class FakeProtocol implements Pick<
  Electron.Protocol,
  'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'
> {
  private privileged: readonly Electron.CustomScheme[] | null = null;
  private readonly handlers = new Map<string, Handler>();

  constructor(private readonly context: FakeContext) {}

  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    if (this.context.isReady())
      throw new Error('registerSchemesAsPrivileged can only be used before the app is ready');
    if (this.privileged) throw new Error('registerSchemesAsPrivileged can be called only once');
    this.context.journal.push('protocol.registerSchemesAsPrivileged');
    this.privileged = customSchemes.map((scheme) => structuredClone(scheme));
  }

  handle(scheme: string, handler: Handler): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  // Controls and read-outs.

  /** The schemes registered as privileged, with their privileges. */
  get privilegedSchemes(): readonly Electron.CustomScheme[] {
    return this.privileged ?? [];
  }

  /** A page fetches `url` from a custom scheme: the handler's response. */
  async fetch(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${url})`);
    return handler(new Request(url));
  }
}
