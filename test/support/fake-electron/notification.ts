import { EventEmitter } from 'node:events';

/** Electron's Notification for one fake: every notification shown is in `shown`, in order. */
export function notificationClass() {
  const shown: FakeNotification[] = [];

  class FakeNotification
    extends EventEmitter
    implements Pick<Electron.Notification, 'show' | 'close' | 'title' | 'body' | 'silent'>
  {
    static readonly shown = shown;

    static isSupported(): boolean {
      return true;
    }

    title: string;
    body: string;
    silent: boolean;

    constructor(options: Electron.NotificationConstructorOptions = {}) {
      super();
      this.title = options.title ?? '';
      this.body = options.body ?? '';
      this.silent = options.silent ?? false;
    }

    show(): void {
      shown.push(this);
      this.emit('show', {});
    }

    close(): void {
      this.emit('close', {});
    }
  }

  return FakeNotification;
}

export type FakeNotificationClass = ReturnType<typeof notificationClass>;
