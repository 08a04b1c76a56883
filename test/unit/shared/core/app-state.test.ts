import { describe, expect, it } from 'vitest';
import { eventForCommand } from '../../../../shared/core/app-events';
import { breakPromptView } from '../../../../shared/core/break-prompt-view';
import { describeStatus } from '../../../../shared/core/describe-status';
import { wordingFor } from '../../../../shared/core/i18n/wording';
import { HOUR, MINUTE, MONDAY_MIDNIGHT_UTC, SECOND, Sim, settingsWith } from './app-sim';

const en = wordingFor('en-GB', 'en', 'UTC');

const coachSettings = settingsWith({
  coaching: {
    graceSeconds: 30,
    cooldownSeconds: 120,
    escalateAfterSeconds: 120,
    escalation: ['tray', 'notification', 'glow'],
    suggestBreakAfterEpisodes: 4,
  },
  breaks: {
    microEveryMinutes: 25,
    microDurationSeconds: 30,
    longEveryMinutes: 60,
    longDurationMinutes: 5,
    headsUpSeconds: 30,
    naturalBreakMinutes: 5,
  },
});

describe('app core: coaching', () => {
  it('nudges after the grace period, escalates, and acknowledges sitting up', () => {
    const sim = new Sim(coachSettings);
    sim.run(10 * SECOND, 'upright');
    const slouchStart = sim.now + SECOND;
    sim.run(5 * MINUTE, 'slouching');
    const nudges = sim.effects('nudge');
    expect(nudges.map((n) => [(n.atMs - slouchStart) / SECOND, n.effect.level])).toEqual([
      [30, 'tray'],
      [150, 'notification'],
      [270, 'glow'],
    ]);
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'slouching',
      statusLine: 'Slouching: time to sit up',
    });
    const before = sim.now;
    sim.run(2 * SECOND, 'upright');
    expect(sim.effects('nudge:clear', before).length).toBe(1);
    expect(sim.effects('acknowledge', before).length).toBe(1);
    expect(describeStatus(sim.state, sim.now, en).trayState).toBe('upright');
  });

  it('records posture spans that add up to the time observed', () => {
    const sim = new Sim(coachSettings);
    sim.run(90 * SECOND, 'upright');
    sim.run(45 * SECOND, 'slouching');
    sim.run(30 * SECOND, 'away');
    sim.send({ type: 'pause', until: sim.now + HOUR }); // camera off closes the last span
    const spans = sim
      .effects('record')
      .flatMap((r) => (r.effect.fact.kind === 'posture' ? [r.effect.fact] : []));
    const total = (state: string) =>
      spans.filter((f) => f.state === state).reduce((s, f) => s + f.toMs - f.fromMs, 0);
    expect(total('upright')).toBe(90 * SECOND);
    expect(total('slouching')).toBe(45 * SECOND);
    // From the first 'away' verdict to the pause, which came with the last one.
    expect(total('away')).toBe(29 * SECOND);
  });

  it('never nudges during fullscreen or do-not-disturb, and nudges afterwards', () => {
    const sim = new Sim(coachSettings);
    sim.send({ type: 'fullscreen', on: true });
    sim.run(3 * MINUTE, 'slouching');
    expect(sim.effects('nudge')).toEqual([]);
    sim.send({ type: 'dnd', on: true });
    sim.send({ type: 'fullscreen', on: false });
    sim.run(3 * MINUTE, 'slouching');
    expect(sim.effects('nudge')).toEqual([]);
    sim.send({ type: 'dnd', on: false });
    sim.run(2 * SECOND, 'slouching');
    expect(sim.effects('nudge').length).toBe(1);
  });

  it('clears a showing nudge when the person leaves or the camera stops reporting', () => {
    const sim = new Sim(coachSettings);
    sim.run(40 * SECOND, 'slouching');
    expect(sim.effects('nudge').length).toBe(1);
    const t = sim.now;
    sim.run(20 * SECOND); // ticks only: the verdicts went stale
    expect(sim.effects('nudge:clear', t).length).toBe(1);
    expect(sim.effects('acknowledge')).toEqual([]);
    expect(describeStatus(sim.state, sim.now, en).trayState).toBe('starting');
  });

  it('suggests a stretch after repeated episodes within an hour', () => {
    const sim = new Sim(
      settingsWith({
        ...coachSettings,
        coaching: { ...coachSettings.coaching, suggestBreakAfterEpisodes: 3 },
      }),
    );
    for (let i = 0; i < 3; i += 1) {
      sim.run(3 * MINUTE, 'slouching');
      sim.run(3 * MINUTE, 'upright');
    }
    expect(sim.effects('suggest-stretch').length).toBe(1);
    expect(sim.effects('nudge').map((n) => n.effect.level)).toEqual([
      'tray',
      'notification',
      'tray',
      'notification',
    ]);
  });

  it('a camera error shows as a camera problem and stops coaching', () => {
    const sim = new Sim(coachSettings);
    sim.run(40 * SECOND, 'slouching');
    sim.send({
      type: 'monitor-status',
      status: { kind: 'error', problem: 'camera-lost', message: 'The camera was unplugged' },
    });
    expect(sim.effects('nudge:clear').length).toBe(1);
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'camera-problem',
      // Words by the problem code, in the person's language (the message is for logs).
      statusLine: 'The camera was disconnected. Poise will resume when it is back.',
    });
  });
});

describe('app core: breaks and respect', () => {
  it('runs a break from heads-up to end, with the camera released during it', () => {
    const sim = new Sim(coachSettings);
    sim.run(25 * MINUTE - 20 * SECOND, 'upright');
    const prompt = breakPromptView(sim.state, sim.now);
    expect(prompt).toMatchObject({
      phase: 'heads-up',
      kind: 'micro',
      secondsLeft: 20,
      postponesLeft: 2,
      canSkip: true,
    });
    expect(describeStatus(sim.state, sim.now, en).statusLine).toBe('A micro break starts in 20 s');
    sim.run(20 * SECOND, 'upright');
    expect(sim.effects('break:start').map((e) => e.effect.kind)).toEqual(['micro']);
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([true, false]);
    expect(describeStatus(sim.state, sim.now, en)).toMatchObject({
      trayState: 'break',
      onBreak: true,
    });
    sim.run(30 * SECOND);
    expect(sim.effects('break:end').map((e) => e.effect.outcome)).toEqual(['taken']);
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([true, false, true]);
    expect(breakPromptView(sim.state, sim.now)).toBeNull();
  });

  it('the break window finishing early ends the break as taken', () => {
    const sim = new Sim(coachSettings);
    sim.send({ type: 'break:take-now', kind: 'long' });
    expect(sim.effects('break:start')[0]?.effect).toMatchObject({
      kind: 'long',
      durationSeconds: 300,
    });
    sim.run(10 * SECOND);
    sim.send({ type: 'break:finished' });
    expect(sim.effects('break:end').map((e) => e.effect)).toEqual([
      { type: 'break:end', kind: 'long', outcome: 'taken' },
    ]);
  });

  it('a pause stops nudges and the camera, and ends by itself', () => {
    const sim = new Sim(coachSettings);
    sim.run(5 * SECOND, 'upright');
    sim.send({ type: 'pause', until: sim.now + 30 * MINUTE });
    expect(sim.effects('camera').at(-1)?.effect.on).toBe(false);
    expect(describeStatus(sim.state, sim.now, { ...en, formatTime: () => '09:30' })).toMatchObject({
      trayState: 'paused',
      statusLine: 'Paused until 09:30',
    });
    sim.run(29 * MINUTE, 'slouching'); // late verdicts are ignored
    expect(sim.effects('nudge')).toEqual([]);
    sim.run(2 * MINUTE);
    expect(sim.effects('camera').at(-1)?.effect.on).toBe(true);
    expect(describeStatus(sim.state, sim.now, en).pausedUntilMs).toBeNull();
  });

  it('pause until tomorrow ends at the next local morning (working hours start when on)', () => {
    const sim = new Sim(
      settingsWith({ workingHours: { enabled: true, start: '09:00', end: '17:30' } }),
      MONDAY_MIDNIGHT_UTC + 15 * HOUR,
      'Europe/Berlin',
    );
    sim.send({ type: 'pause', until: 'tomorrow' });
    expect(sim.state.pausedUntilMs).toBe(Date.UTC(2026, 10, 17, 8)); // 09:00 CET on Tuesday
    expect(eventForCommand({ type: 'pause', minutes: 30 }, 1000)).toEqual({
      type: 'pause',
      until: 1000 + 30 * MINUTE,
    });
    expect(eventForCommand({ type: 'open-dashboard' }, 0)).toBeNull();
  });

  it('waits with a due break while fullscreen, then gives a fresh heads-up', () => {
    const sim = new Sim(coachSettings);
    sim.run(20 * MINUTE, 'upright');
    sim.send({ type: 'fullscreen', on: true });
    sim.run(15 * MINUTE, 'upright');
    expect(sim.effects('break:heads-up')).toEqual([]);
    expect(sim.effects('break:start')).toEqual([]);
    sim.send({ type: 'fullscreen', on: false });
    expect(sim.effects('break:heads-up').map((e) => e.effect)).toEqual([
      { type: 'break:heads-up', kind: 'micro', inSeconds: 30 },
    ]);
    sim.run(30 * SECOND, 'upright');
    expect(sim.effects('break:start').length).toBe(1);
  });

  it('do-not-disturb turned on mid-break lets the break finish, then holds back until it ends', () => {
    const sim = new Sim(coachSettings);
    sim.send({ type: 'break:take-now', kind: 'micro' });
    sim.run(10 * SECOND);
    sim.send({ type: 'dnd', on: true });
    sim.run(20 * SECOND);
    // The break in progress is the person's own: it ends as taken, and the camera comes back.
    expect(sim.effects('break:end').map((e) => e.effect.outcome)).toEqual(['taken']);
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([false, true]);
    const afterBreak = sim.now;
    // Still in do-not-disturb: no nudge, and the next break waits instead of warning.
    sim.run(30 * MINUTE, 'slouching');
    expect(sim.effects('nudge', afterBreak)).toEqual([]);
    expect(sim.effects('break:heads-up', afterBreak)).toEqual([]);
    sim.send({ type: 'dnd', on: false });
    expect(sim.effects('break:heads-up', afterBreak).length).toBe(1);
    // Toggled on again during the fresh heads-up: the heads-up is withdrawn, no break starts.
    sim.send({ type: 'dnd', on: true });
    expect(breakPromptView(sim.state, sim.now)).toBeNull();
    sim.run(2 * MINUTE, 'upright');
    expect(sim.effects('break:start', afterBreak)).toEqual([]);
  });

  it('a call starting during a heads-up withdraws it, frees the camera and holds the break', () => {
    const sim = new Sim(coachSettings);
    sim.run(25 * MINUTE - 20 * SECOND, 'upright');
    expect(breakPromptView(sim.state, sim.now)).toMatchObject({ phase: 'heads-up' });
    sim.send({ type: 'call', on: true });
    expect(breakPromptView(sim.state, sim.now)).toBeNull();
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([true, false]);
    expect(describeStatus(sim.state, sim.now, en).statusLine).toBe(
      'Another app is using the microphone or camera: Poise waits and leaves the camera to it',
    );
    // A whole call: no break, no nudge (nothing is seen: the camera is the caller's).
    sim.run(40 * MINUTE);
    expect(sim.effects('break:start')).toEqual([]);
    expect(sim.effects('nudge')).toEqual([]);
    const callEnded = sim.now;
    sim.send({ type: 'call', on: false });
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([true, false, true]);
    expect(sim.effects('break:heads-up', callEnded).map((e) => e.effect)).toEqual([
      { type: 'break:heads-up', kind: 'micro', inSeconds: 30 },
    ]);
    sim.run(30 * SECOND, 'upright');
    expect(sim.effects('break:start').length).toBe(1);
  });

  it('time asleep is not work time: a short sleep keeps the timer where it was', () => {
    const sim = new Sim(coachSettings);
    sim.run(20 * MINUTE, 'upright');
    sim.send({ type: 'power', what: 'suspend' });
    sim.jump(3 * MINUTE);
    sim.send({ type: 'power', what: 'resume' });
    expect(sim.effects('record').some((r) => r.effect.fact.kind === 'natural-break')).toBe(false);
    expect(describeStatus(sim.state, sim.now, en).nextBreakAtMs).toBe(sim.now + 5 * MINUTE);
    sim.run(5 * MINUTE, 'upright');
    expect(sim.effects('break:start').length).toBe(1);
  });

  it('a long sleep is a natural break that resets the timers', () => {
    const sim = new Sim(coachSettings);
    sim.run(50 * MINUTE, 'upright'); // one micro break taken at 25 min
    sim.send({ type: 'power', what: 'suspend' });
    sim.jump(HOUR);
    sim.send({ type: 'power', what: 'resume' });
    const natural = sim.effects('record').filter((r) => r.effect.fact.kind === 'natural-break');
    expect(natural.length).toBe(1);
    expect(natural[0]?.effect.fact).toMatchObject({ absentMs: HOUR });
    expect(describeStatus(sim.state, sim.now, en).nextBreakAtMs).toBe(sim.now + 25 * MINUTE);
  });

  it('treats a long gap between events as an unannounced sleep', () => {
    const sim = new Sim(coachSettings);
    sim.run(20 * MINUTE, 'upright');
    sim.jump(2 * HOUR);
    sim.send({ type: 'tick' });
    expect(sim.effects('break:start')).toEqual([]);
    expect(sim.effects('record').filter((r) => r.effect.fact.kind === 'natural-break').length).toBe(
      1,
    );
    const spans = sim
      .effects('record')
      .flatMap((r) => (r.effect.fact.kind === 'posture' ? [r.effect.fact] : []));
    // Nothing is recorded for the gap itself.
    expect(Math.max(...spans.map((f) => f.toMs))).toBeLessThanOrEqual(
      MONDAY_MIDNIGHT_UTC + 9 * HOUR + 20 * MINUTE,
    );
  });

  it('idle with the camera off is a natural break; idle while the camera sees the person is not', () => {
    const reading = new Sim(coachSettings);
    reading.run(10 * MINUTE, 'upright');
    for (let i = 1; i <= 6; i += 1) {
      reading.run(MINUTE, 'upright');
      reading.send({ type: 'idle', idleSeconds: i * 60 });
    }
    expect(reading.effects('record').some((r) => r.effect.fact.kind === 'natural-break')).toBe(
      false,
    );

    const gone = new Sim(coachSettings);
    gone.run(10 * MINUTE, 'upright');
    gone.send({
      type: 'monitor-status',
      status: { kind: 'error', problem: 'camera-busy', message: 'busy' },
    });
    for (let i = 1; i <= 6; i += 1) {
      gone.run(MINUTE);
      gone.send({ type: 'idle', idleSeconds: i * 60 });
    }
    expect(
      gone.effects('record').filter((r) => r.effect.fact.kind === 'natural-break').length,
    ).toBe(1);
  });

  it('the evening counts as a natural break, so the next morning starts with fresh timers', () => {
    const hours = { enabled: true, start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] };
    const sim = new Sim(
      settingsWith({ ...coachSettings, workingHours: hours }),
      MONDAY_MIDNIGHT_UTC + 17 * HOUR + 10 * MINUTE,
    );
    sim.run(20 * MINUTE, 'upright'); // 20 minutes of work before 17:30
    expect(sim.state.scheduler.microWorkMs).toBe(20 * MINUTE);
    sim.run(10 * MINUTE); // 17:30 to 17:40: the machine stays on, unlocked, into the evening
    const natural = sim.effects('record').filter((r) => r.effect.fact.kind === 'natural-break');
    expect(natural.map((r) => r.atMs)).toEqual([MONDAY_MIDNIGHT_UTC + 17 * HOUR + 35 * MINUTE]);
    expect(sim.state.scheduler.microWorkMs).toBe(0);
  });

  it('postpone and skip from the prompt', () => {
    const sim = new Sim(coachSettings);
    sim.run(25 * MINUTE - 10 * SECOND, 'upright');
    sim.send({ type: 'break:postpone' });
    expect(breakPromptView(sim.state, sim.now)).toBeNull();
    sim.run(5 * MINUTE - 20 * SECOND, 'upright');
    expect(breakPromptView(sim.state, sim.now)).toMatchObject({
      phase: 'heads-up',
      postponesLeft: 1,
    });
    sim.send({ type: 'break:skip' });
    const outcomes = sim
      .effects('record')
      .flatMap((r) => (r.effect.fact.kind === 'break' ? [r.effect.fact.outcome] : []));
    expect(outcomes).toEqual(['postponed', 'skipped']);
    expect(sim.effects('break:start')).toEqual([]);
  });
});

describe('app core: a simulated workday', () => {
  it('runs 08:30 to 18:00 with lunch asleep, a lock, a pause and working hours, in milliseconds', () => {
    const cet = 60; // Europe/Berlin in November
    const settings = settingsWith({
      ...coachSettings,
      workingHours: { enabled: true, start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
    });
    const local = (h: number, m = 0): number => MONDAY_MIDNIGHT_UTC + (h * 60 + m - cet) * MINUTE;
    const sim = new Sim(settings, local(8, 30), 'Europe/Berlin');
    const started = performance.now();
    let events = 0;
    const until = (
      h: number,
      m: number,
      posture?: 'upright' | 'slouching' | 'away',
      every = SECOND,
    ) => {
      const ms = local(h, m) - sim.now;
      events += Math.ceil(ms / every);
      sim.run(ms, posture, every);
    };
    const breaksBetween = (from: number, to: number) =>
      sim.effects('break:start').filter((e) => e.atMs >= from && e.atMs < to);

    // Before working hours: camera off, nothing counts.
    sim.send({ type: 'tick' });
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([false]);
    expect(describeStatus(sim.state, sim.now, en).statusLine).toBe('Outside working hours');
    until(9, 0);
    expect(sim.effects('camera').map((e) => e.effect.on)).toEqual([false, true]);

    // Morning: mostly upright, one slouch episode.
    until(9, 40, 'upright');
    until(9, 43, 'slouching');
    until(10, 0, 'upright');
    expect(sim.effects('nudge').length).toBeGreaterThanOrEqual(1);
    expect(sim.effects('acknowledge').length).toBe(1);
    // Micro breaks at 25 and 50 minutes of work; the long one is due at 60 minutes.
    expect(breaksBetween(local(9), local(10)).map((e) => e.effect.kind)).toEqual([
      'micro',
      'micro',
    ]);

    // A 2-minute lock: no break while locked, the timer waits.
    sim.send({ type: 'power', what: 'lock' });
    until(10, 2);
    expect(sim.effects('camera').at(-1)?.effect.on).toBe(false);
    sim.send({ type: 'power', what: 'unlock' });
    until(12, 0, 'upright');
    // The long break comes after the lock: the two locked minutes did not count as work.
    const morning = breaksBetween(local(10), local(12));
    expect(morning.map((e) => e.effect.kind)).toEqual(['long', 'micro', 'micro', 'long', 'micro']);

    // Lunch: the laptop sleeps for an hour: a natural break, nothing happens while asleep.
    sim.send({ type: 'power', what: 'suspend' });
    sim.jump(HOUR);
    sim.send({ type: 'power', what: 'resume' });
    expect(breaksBetween(local(12), local(13))).toEqual([]);
    expect(
      sim
        .effects('record')
        .filter((r) => r.effect.fact.kind === 'natural-break' && r.atMs === local(13)).length,
    ).toBe(1);

    // Afternoon, then a 30-minute pause while slouching: no nudges, it ends by itself.
    until(14, 0, 'upright');
    sim.send({ type: 'pause', until: sim.now + 30 * MINUTE });
    const pausedAt = sim.now;
    until(14, 30, 'slouching');
    expect(sim.effects('nudge', pausedAt)).toEqual([]);
    expect(breaksBetween(pausedAt, local(14, 30))).toEqual([]);
    until(14, 31, 'upright');
    expect(sim.effects('camera', pausedAt).slice(0, 2)).toEqual([
      { atMs: pausedAt, effect: { type: 'camera', on: false, mode: 'normal' } },
      { atMs: local(14, 30), effect: { type: 'camera', on: true, mode: 'normal' } },
    ]);

    // Away from the desk for 10 minutes: a natural break, no nudge, no break prompt.
    until(15, 0, 'upright');
    const awayAt = sim.now;
    until(15, 10, 'away');
    expect(sim.effects('break:start', awayAt)).toEqual([]);
    expect(sim.effects('record', awayAt).some((r) => r.effect.fact.kind === 'natural-break')).toBe(
      true,
    );

    // The camera is taken by a video call app at 16:00 and the person walks off: idle time
    // alone (reported every 10 s, as the platform polls it) makes the natural break.
    until(16, 0, 'upright');
    sim.send({
      type: 'monitor-status',
      status: { kind: 'error', problem: 'camera-busy', message: 'Camera busy' },
    });
    const idleFrom = sim.now;
    for (let s = 10; s <= 7 * 60; s += 10) {
      sim.now = idleFrom + s * SECOND;
      sim.send({ type: 'idle', idleSeconds: s });
    }
    expect(
      sim.effects('record', idleFrom).filter((r) => r.effect.fact.kind === 'natural-break').length,
    ).toBe(1);
    sim.send({ type: 'idle', idleSeconds: 0 });
    sim.send({ type: 'monitor-status', status: { kind: 'running', backend: 'wasm' } });

    // Until the end of the day and beyond: nothing after 17:30.
    until(17, 30, 'upright');
    until(18, 0, 'slouching');
    expect(sim.effects('nudge', local(17, 30))).toEqual([]);
    expect(sim.effects('break:start', local(17, 30))).toEqual([]);
    expect(sim.effects('camera').at(-1)).toEqual({
      atMs: local(17, 30),
      effect: { type: 'camera', on: false, mode: 'normal' },
    });

    // Every break that started also ended, and never overlapped another.
    const starts = sim.effects('break:start');
    const ends = sim.effects('break:end');
    expect(ends.length).toBe(starts.length);
    starts.forEach((s, i) => expect(ends[i]!.atMs).toBeGreaterThan(s.atMs));
    const elapsed = performance.now() - started;
    expect(events).toBeGreaterThan(25_000);
    console.info(
      `simulated workday: ${events} events, ${starts.length} breaks, ${elapsed.toFixed(0)} ms`,
    );
  });
});
