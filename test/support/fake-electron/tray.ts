import { EventEmitter } from 'node:events';
import type { FakeMenu } from './menu';
import type { FakeNativeImage } from './native-image';

/** Electron's Tray for one fake: each tray made is listed in `made`, newest last. */
export function trayClass() {
  const made: FakeTray[] = [];

  class FakeTray
    extends EventEmitter
    implements Pick<Electron.Tray, 'setToolTip' | 'destroy' | 'isDestroyed'>
  {
    static readonly made = made;
    private destroyed = false;
    private currentTooltip = '';
    private currentMenu: FakeMenu | null = null;

    constructor(private currentImage: FakeNativeImage | string) {
      super();
      made.push(this);
    }

    setImage(image: FakeNativeImage | string): void {
      this.assertAlive();
      this.currentImage = image;
    }

    setToolTip(toolTip: string): void {
      this.assertAlive();
      this.currentTooltip = toolTip;
    }

    setContextMenu(menu: FakeMenu | null): void {
      this.assertAlive();
      this.currentMenu = menu;
    }

    destroy(): void {
      this.destroyed = true;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    // Read-outs: what the person sees in the tray.

    get image(): FakeNativeImage | string {
      return this.currentImage;
    }

    get tooltip(): string {
      return this.currentTooltip;
    }

    /** The context menu; throws when there is none, as there would be nothing to click. */
    get menu(): FakeMenu {
      if (!this.currentMenu) throw new Error('the tray has no context menu');
      return this.currentMenu;
    }

    private assertAlive(): void {
      if (this.destroyed) throw new TypeError('Object has been destroyed');
    }
  }

  return FakeTray;
}

export type FakeTrayClass = ReturnType<typeof trayClass>;
export type FakeTray = InstanceType<FakeTrayClass>;
