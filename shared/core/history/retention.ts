import { fixedOffsetCalendar, type Calendar } from './calendar';
import { utcMonthRange } from './civil-date';
import type { MinuteAggregate } from './minute';

/**
 * Keep `retentionDays` local days: today and the days before it. Minutes before the returned
 * instant are dropped.
 */
export function retentionCutoffMs(
  nowMs: number,
  retentionDays: number,
  calendar: Calendar,
): number {
  return calendar.addDays(calendar.startOfDay(nowMs), -(retentionDays - 1));
}

/**
 * The same in whole UTC days, for the main process, which prunes without knowing the person's
 * time zone: at most a few hours more or less than the exact local cutoff are kept.
 */
export const retentionCutoff = (nowMs: number, retentionDays: number): number =>
  retentionCutoffMs(nowMs, retentionDays, fixedOffsetCalendar(0));

export const keepFrom = (
  minutes: readonly MinuteAggregate[],
  cutoffMs: number,
): MinuteAggregate[] => minutes.filter((m) => m.minuteStartMs >= cutoffMs);

/**
 * What to do with month files ("YYYY-MM") for a cutoff: files wholly before it go, the month
 * that contains it is rewritten without the old minutes, later months stay untouched.
 */
export function planMonthRetention(
  monthKeys: readonly string[],
  cutoffMs: number,
): { readonly remove: string[]; readonly rewrite: string[] } {
  const remove: string[] = [];
  const rewrite: string[] = [];
  for (const key of monthKeys) {
    const range = utcMonthRange(key);
    if (!range) continue;
    if (range.endMs <= cutoffMs) remove.push(key);
    else if (range.startMs < cutoffMs) rewrite.push(key);
  }
  return { remove, rewrite };
}
