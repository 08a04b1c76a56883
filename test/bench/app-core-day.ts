/**
 * npx tsx test/bench/app-core-day.ts [--days N] [--hz H]
 *
 * The cost of the pure app core (coach + scheduler + respect) per event: a workday of posture
 * verdicts at H per second plus a tick per second, with slouch episodes, breaks and a lunch sleep,
 * repeated for N days. Prints events, wall time and microseconds per event (median of 5 runs).
 */
import { parseArgs } from 'node:util';
import type { AppEvent } from '../../shared/core/app-events';
import { initialAppState, step } from '../../shared/core/app-state';
import type { PostureState } from '../../shared/core/posture-status';
import { defaultSettings } from '../../shared/core/settings/schema';

const { values } = parseArgs({
  options: { days: { type: 'string', default: '5' }, hz: { type: 'string', default: '4' } },
});
const days = Number(values.days);
const hz = Number(values.hz);

function runOnce(): { events: number; ms: number; effects: number } {
  const start = Date.UTC(2026, 10, 16, 8);
  // Someone who finished setup: before that the camera stays off and verdicts are ignored.
  let state = initialAppState({ ...defaultSettings(), firstRunComplete: true }, start);
  let events = 0;
  let effects = 0;
  const t0 = performance.now();
  for (let day = 0; day < days; day += 1) {
    let now = start + day * 86_400_000;
    const send = (event: AppEvent): void => {
      const r = step(state, event, now);
      state = r.state;
      effects += r.effects.length;
      events += 1;
    };
    for (let second = 0; second < 9 * 3600; second += 1) {
      if (second === 4 * 3600) send({ type: 'power', what: 'suspend' });
      if (second >= 4 * 3600 && second < 5 * 3600) {
        now += 1000;
        continue;
      }
      if (second === 5 * 3600) send({ type: 'power', what: 'resume' });
      // Ten minutes upright, three slouching, repeating.
      const verdict: PostureState = second % 780 < 600 ? 'upright' : 'slouching';
      for (let i = 0; i < hz; i += 1) {
        now += 1000 / hz;
        send({
          type: 'posture',
          report: { timeMs: now, state: verdict, reasons: [], slouchScore: 0.3 },
        });
      }
      send({ type: 'tick' });
      if (
        state.scheduler.phase.kind === 'on-break' &&
        now >= state.scheduler.phase.startedAtMs + 10_000
      ) {
        send({ type: 'break:finished' });
      }
    }
  }
  return { events, ms: performance.now() - t0, effects };
}

const runs = Array.from({ length: 5 }, runOnce).sort((a, b) => a.ms - b.ms);
const mid = runs[2]!;
console.log(
  JSON.stringify({
    days,
    postureHz: hz,
    events: mid.events,
    effects: mid.effects,
    wallMs: Math.round(mid.ms),
    microsecondsPerEvent: Number(((mid.ms * 1000) / mid.events).toFixed(2)),
  }),
);
