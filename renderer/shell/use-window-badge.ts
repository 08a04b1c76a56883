import { useEffect } from 'preact/hooks';
import type { AppStatus } from '../../shared/core/app-status';
import type { TrayIconName } from '../../shared/core/tray/tray-model';
import { useWording } from '../i18n/use-wording';
import { windowBadge } from './window-badge';

// The tray's own icons (their SVG sources, shared with scripts/make-icons.ts), bundled with the page (img-src 'self' allows them; no data: URL needed).
const ICON_URLS = import.meta.glob<string>('../../shared/assets/icons/tray-*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

function iconUrl(icon: TrayIconName): string | undefined {
  return ICON_URLS[`../../shared/assets/icons/${icon}.svg`];
}

/** Keeps the document's title and favicon in step with Poise's state, in the person's language. */
export function useWindowBadge(status: AppStatus): void {
  const { title, icon } = windowBadge(status, useWording());
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    const href = iconUrl(icon);
    if (!href) return;
    let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'icon';
      link.type = 'image/svg+xml';
      document.head.append(link);
    }
    link.href = href;
    link.dataset.state = icon;
  }, [icon]);
}
