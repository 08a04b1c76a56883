import type { NotificationPermissionPort } from '../../onboarding/types';

/**
 * The browser's notification permission for onboarding, or undefined where the page cannot show
 * notifications at all (then onboarding does not offer them). request() must run from a click:
 * browsers ignore or auto-block prompts that come without one.
 */
export function browserNotificationPermission(win: Window): NotificationPermissionPort | undefined {
  if (!('Notification' in win)) return undefined;
  const { Notification } = win as Window & typeof globalThis;
  return {
    current: () => Notification.permission,
    request: () => Notification.requestPermission(),
  };
}
