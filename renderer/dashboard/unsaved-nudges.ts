import { minuteStartOf, type MinuteAggregate } from '../../shared/core/history/minute';

/**
 * The nudges this page saw that stored history does not hold yet. History keeps whole minutes and
 * saves a minute when it ends, so a nudge shows up to a minute before it is counted; the page
 * counts it from the moment it was shown. Minutes close in order and a nudge's minute is never
 * empty, so once a later or the same minute is stored, the nudge is in history.
 */
export function unsavedNudges(
  shownAtMs: readonly number[],
  minutes: readonly MinuteAggregate[],
): number[] {
  const lastStored = minutes.at(-1)?.minuteStartMs ?? Number.NEGATIVE_INFINITY;
  return shownAtMs.filter((at) => minuteStartOf(at) > lastStored);
}
