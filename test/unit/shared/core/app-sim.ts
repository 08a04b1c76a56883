import type { AppEffect } from '../../../../shared/core/app-effects';
import type { AppEvent } from '../../../../shared/core/app-events';
import { initialAppState, step, type AppState } from '../../../../shared/core/app-state';
import type { PostureState } from '../../../../shared/core/posture-status';
import { defaultSettings, type Settings } from '../../../../shared/core/settings/schema';

/**
 * A whole app core driven by an injected clock: events go in at `now`, effects are kept with the
 * time they happened. No timers, so hours of a workday run in milliseconds.
 */
export interface TimedEffect {
  readonly atMs: number;
  readonly effect: AppEffect;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** Monday 2026-11-16 00:00 UTC. */
export const MONDAY_MIDNIGHT_UTC = Date.UTC(2026, 10, 16);

/**
 * Settings of someone who finished setup with the camera: the core keeps the camera off until
 * then (posture-watching.ts), and most tests are about what happens once it runs.
 */
export const setUpSettings = (): Settings => ({ ...defaultSettings(), firstRunComplete: true });

export function settingsWith(patch: {
  [K in keyof Settings]?: Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
}): Settings {
  const base = setUpSettings();
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const existing = (base as Record<string, unknown>)[key];
    out[key] =
      typeof existing === 'object' && !Array.isArray(existing)
        ? { ...(existing as object), ...(value as object) }
        : value;
  }
  return out as Settings;
}

export class Sim {
  state: AppState;
  now: number;
  readonly log: TimedEffect[] = [];

  constructor(
    settings: Settings = setUpSettings(),
    startMs = MONDAY_MIDNIGHT_UTC + 9 * HOUR,
    timeZone = 'UTC',
  ) {
    this.now = startMs;
    this.state = initialAppState(settings, startMs, { timeZone });
  }

  send(event: AppEvent): readonly AppEffect[] {
    const result = step(this.state, event, this.now);
    this.state = result.state;
    for (const effect of result.effects) this.log.push({ atMs: this.now, effect });
    return result.effects;
  }

  posture(state: PostureState, reason?: string): readonly AppEffect[] {
    return this.send({
      type: 'posture',
      report: {
        timeMs: this.now,
        state,
        reasons: reason ? [{ metric: 'neck', deviation: 1.5, message: reason }] : [],
        slouchScore: state === 'slouching' ? 0.8 : 0.1,
      },
    });
  }

  /**
   * Let `ms` pass in steps of `every`: a posture verdict each step when `posture` is given (as the
   * monitor window sends them), else a tick.
   */
  run(ms: number, posture?: PostureState, every = SECOND): void {
    const end = this.now + ms;
    while (this.now < end) {
      this.now = Math.min(end, this.now + every);
      if (posture) this.posture(posture);
      else this.send({ type: 'tick' });
    }
  }

  /** Jump the clock without any event in between (the machine slept without telling us). */
  jump(ms: number): void {
    this.now += ms;
  }

  effects<T extends AppEffect['type']>(
    type: T,
    sinceMs = -Infinity,
  ): Array<TimedEffect & { effect: Extract<AppEffect, { type: T }> }> {
    return this.log.filter(
      (e): e is TimedEffect & { effect: Extract<AppEffect, { type: T }> } =>
        e.effect.type === type && e.atMs >= sinceMs,
    );
  }
}
