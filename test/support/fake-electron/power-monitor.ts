import { EventEmitter } from 'node:events';
import type { FakePlatform } from './context';

type IdleState = ReturnType<Electron.PowerMonitor['getSystemIdleState']>;

/**
 * 'lock-screen' and 'unlock-screen' exist on macOS and Windows only (`@platform darwin,win32`):
 * https://www.electronjs.org/docs/latest/api/power-monitor#event-lock-screen-macos-windows
 */
const LOCK_EVENTS: ReadonlySet<string | symbol> = new Set(['lock-screen', 'unlock-screen']);

/**
 * Electron's powerMonitor as each OS behaves. Emitting a lock event on Linux throws, so a test
 * cannot pretend Linux tells; there, as in Electron, only getSystemIdleState() (available on
 * every platform) reads 'locked' while the screen is locked.
 */
export class FakePowerMonitor
  extends EventEmitter
  implements Pick<Electron.PowerMonitor, 'getSystemIdleState' | 'getSystemIdleTime'>
{
  /** Every idle threshold the app asked getSystemIdleState about, in seconds. */
  readonly idleThresholdsAsked: number[] = [];
  private idleState: IdleState = 'active';
  private idleSeconds = 0;

  constructor(readonly platform: FakePlatform) {
    super();
  }

  override emit(eventName: string | symbol, ...args: unknown[]): boolean {
    if (this.platform === 'linux' && LOCK_EVENTS.has(eventName))
      throw new Error(`Electron's powerMonitor never emits '${String(eventName)}' on Linux`);
    return super.emit(eventName, ...args);
  }

  getSystemIdleState(idleThreshold: number): IdleState {
    this.idleThresholdsAsked.push(idleThreshold);
    if (this.idleState === 'locked') return 'locked';
    return this.idleSeconds >= idleThreshold ? 'idle' : 'active';
  }

  getSystemIdleTime(): number {
    return this.idleSeconds;
  }

  // Controls: what the person or the system does.

  /** The person locks the screen (Super+L, Ctrl+Cmd+Q, Win+L). */
  lockScreen(): void {
    this.idleState = 'locked';
    if (this.platform !== 'linux') this.emit('lock-screen');
  }

  unlockScreen(): void {
    this.idleState = 'active';
    if (this.platform !== 'linux') this.emit('unlock-screen');
  }

  /** No keyboard or mouse input for this long. */
  setIdleSeconds(seconds: number): void {
    this.idleSeconds = seconds;
  }

  suspend(): void {
    this.emit('suspend');
  }

  resume(): void {
    this.emit('resume');
  }
}
