import type { Translate } from '../../../shared/core/i18n/translator';

/** 75_000 -> "1:15". Rounds up, so a countdown shows 0:01 until the last moment, never 0:00 early. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Spoken form for screen readers: "1 minute 15 seconds" ("1 Minute 15 Sekunden"). */
export function spokenDuration(ms: number, t: Translate): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(t('minutes', { count: minutes }));
  if (rest > 0 || minutes === 0) parts.push(t('seconds', { count: rest }));
  return parts.join(' ');
}
