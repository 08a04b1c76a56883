import { afterUnlessAborted, type Clock } from './clock';

/**
 * What the camera session listens to while the camera is failing: a camera plugged in
 * (`devicechange` on navigator.mediaDevices), the camera permission granted again, and the
 * backoff timer. Every listener and timer is tied to one AbortSignal, so leaving the failed
 * state drops them all at once.
 */
export interface DeviceChanges {
  addEventListener(type: 'devicechange', listener: () => void, options: ListenerOptions): void;
}

export interface CameraPermissions {
  query(descriptor: { name: 'camera' }): Promise<PermissionWatch>;
}

export interface PermissionWatch {
  readonly state: PermissionState;
  addEventListener(type: 'change', listener: () => void, options: ListenerOptions): void;
}

interface ListenerOptions {
  readonly signal: AbortSignal;
}

export interface RecoveryWatch {
  readonly media: DeviceChanges | undefined;
  readonly permissions: CameraPermissions | undefined;
  readonly clock: Clock;
  /** When to try again blindly; null waits for the person (a denial does not clear by itself). */
  readonly backoffMs: number | null;
  readonly signal: AbortSignal;
  readonly retry: () => void;
}

export function watchForRecovery(watch: RecoveryWatch): void {
  const { signal, retry } = watch;
  // A camera plugged in (or back from another app) is worth a try at once, whatever the backoff.
  watch.media?.addEventListener('devicechange', retry, { signal });
  if (watch.backoffMs !== null) {
    afterUnlessAborted(watch.clock, watch.backoffMs, signal, retry);
    return;
  }
  watch.permissions
    ?.query({ name: 'camera' })
    .then((permission) => {
      if (signal.aborted) return;
      const onChange = () => {
        if (permission.state !== 'denied') retry();
      };
      permission.addEventListener('change', onChange, { signal });
    })
    // Some engines cannot be asked about the camera; a devicechange or a start() still retries.
    .catch(() => undefined);
}
