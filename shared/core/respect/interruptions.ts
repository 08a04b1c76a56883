/**
 * Respect: the one place that decides whether Poise may interrupt the person now. The coach asks
 * before a nudge, the scheduler before a break, and the camera follows the same facts, so the rules
 * cannot drift apart. Inputs the platform cannot know (fullscreen, do-not-disturb, a call on some
 * systems: see main/platform/signals) simply stay false.
 */
export type Blocker =
  | 'paused'
  | 'suspended'
  | 'locked'
  | 'on-break'
  | 'outside-working-hours'
  | 'away'
  | 'fullscreen'
  | 'dnd'
  | 'call';

export interface RespectFacts {
  readonly paused: boolean;
  readonly suspended: boolean;
  readonly locked: boolean;
  readonly onBreak: boolean;
  readonly withinWorkingHours: boolean;
  /** The person is not at the desk (camera sees nobody, long idle, or locked/asleep). */
  readonly absent: boolean;
  readonly fullscreen: boolean;
  readonly dnd: boolean;
  /** Another application is using the microphone or the camera. */
  readonly call: boolean;
}

/** Every reason not to interrupt now, most fundamental first; empty means "go ahead". */
export function blockers(facts: RespectFacts): Blocker[] {
  const out: Blocker[] = [];
  if (facts.paused) out.push('paused');
  if (facts.suspended) out.push('suspended');
  if (facts.locked) out.push('locked');
  if (facts.onBreak) out.push('on-break');
  if (!facts.withinWorkingHours) out.push('outside-working-hours');
  if (facts.absent) out.push('away');
  if (facts.fullscreen) out.push('fullscreen');
  if (facts.dnd) out.push('dnd');
  if (facts.call) out.push('call');
  return out;
}

export const mayInterrupt = (facts: RespectFacts): boolean => blockers(facts).length === 0;

/**
 * Whether the time now counts as work time for the break timers. Fullscreen, do-not-disturb and
 * a call are still work (the break waits for them to end); asleep, locked, away, paused, on a break or
 * outside working hours are not.
 */
export const isWorkTime = (facts: RespectFacts): boolean =>
  !facts.paused &&
  !facts.suspended &&
  !facts.locked &&
  !facts.onBreak &&
  !facts.absent &&
  facts.withinWorkingHours;

/**
 * The camera runs only while it is useful: it is released (its light goes off) while paused,
 * locked, asleep, on a break and outside working hours, and during a call, so that the calling
 * application can have the camera (and nothing would be said during the call anyway).
 */
export const cameraWanted = (facts: RespectFacts): boolean =>
  !facts.paused &&
  !facts.suspended &&
  !facts.locked &&
  !facts.onBreak &&
  !facts.call &&
  facts.withinWorkingHours;
