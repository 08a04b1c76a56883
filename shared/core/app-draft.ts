import type { AppEffect } from './app-effects';
import type { AppEvent } from './app-events';
import type { AppState } from './app-state';
import { coachObserve } from './coach/posture-coach';
import { advancePostureLog } from './coach/posture-log';
import { noticesFor } from './notices';
import type { PostureState } from './posture-status';
import type { SchedulerStep } from './schedule/break-scheduler';

/**
 * Mutable scratch for one step of the app core (app-state.ts): the state as it evolves plus the
 * effects so far, and the small moves every phase of a step shares.
 */
export interface Draft {
  s: AppState;
  effects: AppEffect[];
}

export function applyScheduler(d: Draft, result: SchedulerStep): void {
  d.s = { ...d.s, scheduler: result.state };
  d.effects.push(...result.effects);
  if (result.effects.some((e) => e.type === 'break:start'))
    d.s = { ...d.s, sinceBreak: { slouchingMs: 0, presentMs: 0 } };
}

/** Verdicts stopped at `atMs` (camera off, error, stale, or an unannounced sleep). */
export function stopVerdicts(d: Draft, atMs: number): void {
  recordPosture(d, atMs, null);
  const coached = coachObserve(d.s.coach, null, null, atMs);
  d.s = { ...d.s, posture: null, coach: coached.state };
  d.effects.push(...coached.effects);
}

export function recordPosture(d: Draft, atMs: number, next: PostureState | null | undefined): void {
  const advanced = advancePostureLog(d.s.postureLog, atMs, next);
  let { slouchingMs, presentMs } = d.s.sinceBreak;
  for (const fact of advanced.facts) {
    const ms = fact.toMs - fact.fromMs;
    if (fact.state !== 'away') presentMs += ms;
    if (fact.state === 'slouching') slouchingMs += ms;
    d.effects.push({ type: 'record', fact });
  }
  d.s = { ...d.s, postureLog: advanced.log, sinceBreak: { slouchingMs, presentMs } };
}

export function recordRoutine(d: Draft, routineId: string, atMs: number): void {
  d.effects.push({ type: 'record', fact: { kind: 'routine-finished', routineId, atMs } });
}

export function tellOnce(d: Draft, event: AppEvent): void {
  const told = noticesFor(d.s.notices, event);
  d.s = { ...d.s, notices: told.memory };
  for (const notice of told.notices) d.effects.push({ type: 'notice', notice });
}

export function slouchShare(s: AppState): number {
  return s.sinceBreak.presentMs > 0 ? s.sinceBreak.slouchingMs / s.sinceBreak.presentMs : 0;
}
