import { EventEmitter } from 'node:events';
import type { FakeContext } from './context';

export interface DisplaySpec {
  readonly bounds: Electron.Rectangle;
  /** The part not taken by a taskbar or menu bar; the bounds less 40 px at the bottom by default. */
  readonly workArea?: Electron.Rectangle;
  readonly scaleFactor?: number;
}

/** A whole Electron.Display from the few facts a test cares about. */
export function display(id: number, spec: DisplaySpec): Electron.Display {
  const { bounds } = spec;
  const workArea = spec.workArea ?? { ...bounds, height: bounds.height - 40 };
  return {
    id,
    label: `Display ${id}`,
    bounds,
    workArea,
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: workArea.width, height: workArea.height },
    scaleFactor: spec.scaleFactor ?? 1,
    rotation: 0,
    internal: id === 1,
    detected: true,
    monochrome: false,
    colorDepth: 24,
    colorSpace: '{primaries:BT709, transfer:SRGB, matrix:RGB, range:FULL}',
    depthPerComponent: 8,
    displayFrequency: 60,
    accelerometerSupport: 'unknown',
    touchSupport: 'unknown',
    maximumCursorSize: { width: 64, height: 64 },
    nativeOrigin: { x: bounds.x, y: bounds.y },
  };
}

/**
 * Electron's screen: the displays, the first one primary. Like Electron's, it cannot be used
 * before the app is ready ("This module cannot be used until the ready event of the app module
 * is emitted", https://www.electronjs.org/docs/latest/api/screen).
 */
export class FakeScreen
  extends EventEmitter
  implements Pick<Electron.Screen, 'getAllDisplays' | 'getPrimaryDisplay'>
{
  private readonly displays: Electron.Display[];

  constructor(
    private readonly context: FakeContext,
    specs: readonly DisplaySpec[],
  ) {
    super();
    if (specs.length === 0) throw new Error('a system has at least one display');
    this.displays = specs.map((spec, index) => display(index + 1, spec));
  }

  getAllDisplays(): Electron.Display[] {
    this.context.requireReady('screen');
    return this.displays.map((each) => ({ ...each }));
  }

  getPrimaryDisplay(): Electron.Display {
    this.context.requireReady('screen');
    return { ...this.displays[0]! };
  }
}
