import type { Calendar } from './calendar';
import type { MinuteAggregate } from './minute';
import { minutesByDay } from './rollup';
import { summarize, type HistorySummary } from './summary';

/**
 * A day "meets the goal" when Poise judged posture for at least MIN_PRESENT_FOR_GOAL_S and the
 * posture score reached the goal. Days with less presence (weekends, days off) are rest days: they
 * neither break nor extend a streak, so a weekend away does not reset Friday's streak.
 * Today counts once it meets the goal, but an unfinished today never breaks the streak.
 */
export interface Streaks {
  /** Goal-meeting days in a row up to today. */
  readonly current: number;
  readonly longest: number;
  /** How many days in the data met the goal. */
  readonly daysMet: number;
}

export const MIN_PRESENT_FOR_GOAL_S = 30 * 60;

export type DayVerdict = 'met' | 'missed' | 'rest';

/** One day's part in a streak; the dashboard marks the month's bars with the same verdict. */
export function dayVerdict(
  day: Pick<HistorySummary, 'judgedS' | 'score'>,
  goalScore: number,
): DayVerdict {
  if (day.judgedS < MIN_PRESENT_FOR_GOAL_S || day.score === null) return 'rest';
  return day.score >= goalScore ? 'met' : 'missed';
}

export function computeStreaks(
  minutes: readonly MinuteAggregate[],
  calendar: Calendar,
  nowMs: number,
  goalScore: number,
): Streaks {
  const today = calendar.startOfDay(nowMs);
  const days = [...minutesByDay(minutes, calendar)]
    .filter(([day]) => day <= today)
    .sort(([a], [b]) => a - b)
    .map(([day, list]) => [day, dayVerdict(summarize(list), goalScore)] as const);
  let run = 0;
  let longest = 0;
  let daysMet = 0;
  for (const [day, v] of days) {
    if (v === 'met') {
      run += 1;
      daysMet += 1;
      longest = Math.max(longest, run);
    } else if (v === 'missed' && day !== today) {
      run = 0;
    }
  }
  return { current: run, longest, daysMet };
}
