import { existsSync } from 'node:fs';
import type { ElectronArgs } from './types';

/**
 * An image loaded from a file. Electron returns an empty image, not an error, when the file
 * cannot be read; the fake does the same, so a test can see a missing icon with isEmpty().
 */
export class FakeNativeImage implements Pick<Electron.NativeImage, 'isEmpty' | 'toDataURL'> {
  constructor(readonly path: string) {}

  isEmpty(): boolean {
    return this.path === '' || !existsSync(this.path);
  }

  toDataURL(): string {
    return this.isEmpty() ? 'data:image/png;base64,' : `data:image/png;path,${this.path}`;
  }
}

export const fakeNativeImage = {
  createFromPath: (path: string) => new FakeNativeImage(path),
  createEmpty: () => new FakeNativeImage(''),
} satisfies ElectronArgs<typeof Electron.nativeImage, 'createFromPath' | 'createEmpty'>;
