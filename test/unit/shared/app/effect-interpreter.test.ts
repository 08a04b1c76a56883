import { describe, expect, it } from 'vitest';
import { createEffectInterpreter } from '../../../../shared/app/effect-interpreter';
import type { AppEffect } from '../../../../shared/core/app-effects';
import { wordingFor, type Wording } from '../../../../shared/core/i18n/wording';

type Call = readonly unknown[];

/**
 * The interpreter over recording ports (the platform edge: notifications, windows, IPC) and the
 * real words. Every call lands in one ordered list, so a row also proves nothing else happened.
 */
function interpreterWith(wording: () => Wording = () => wordingFor('en-GB', 'en', 'UTC')) {
  const calls: Call[] = [];
  const carryOut = createEffectInterpreter({
    notifier: { notify: (title, body) => calls.push(['notify', title, body]) },
    shell: {
      openDashboard: () => calls.push(['openDashboard']),
      openSettings: () => calls.push(['openSettings']),
      openOnboarding: () => calls.push(['openOnboarding']),
      openRecalibration: () => calls.push(['openRecalibration']),
      openBreak: (kind) => calls.push(['openBreak', kind]),
      closeBreak: () => calls.push(['closeBreak']),
      showGlow: (on) => calls.push(['showGlow', on]),
      quit: () => calls.push(['quit']),
    },
    broadcast: { emit: (channel, payload) => calls.push(['emit', channel, payload]) },
    history: { record: (fact) => calls.push(['record', fact]) },
    wording,
  });
  return { carryOut, calls };
}

const NOTIFICATION_NUDGE = 'You have been slouching for a while: sit tall, ears over shoulders.';
const STRETCH =
  'Slouching keeps coming back: a short stretch break may help more than another reminder.';

/** Keyed by effect type, so a new effect without a row here does not compile. */
const rows: Record<AppEffect['type'], ReadonlyArray<{ effect: AppEffect; calls: Call[] }>> = {
  nudge: [
    {
      effect: { type: 'nudge', level: 'tray', reason: null },
      calls: [
        ['emit', 'coach:feedback', { kind: 'nudge', level: 'tray', message: 'Time to sit tall.' }],
      ],
    },
    {
      effect: { type: 'nudge', level: 'notification', reason: 'neckHeight' },
      calls: [
        ['notify', 'Poise', `${NOTIFICATION_NUDGE} (Your head has dropped toward your shoulders.)`],
        [
          'emit',
          'coach:feedback',
          {
            kind: 'nudge',
            level: 'notification',
            message: `${NOTIFICATION_NUDGE} (Your head has dropped toward your shoulders.)`,
          },
        ],
      ],
    },
    {
      effect: { type: 'nudge', level: 'glow', reason: null },
      calls: [
        ['showGlow', true],
        [
          'emit',
          'coach:feedback',
          {
            kind: 'nudge',
            level: 'glow',
            message: 'Still slouching: roll your shoulders back and lengthen your neck.',
          },
        ],
      ],
    },
  ],
  'nudge:clear': [
    {
      effect: { type: 'nudge:clear' },
      calls: [
        ['showGlow', false],
        ['emit', 'coach:feedback', { kind: 'clear' }],
      ],
    },
  ],
  acknowledge: [
    {
      effect: { type: 'acknowledge' },
      calls: [
        ['emit', 'coach:feedback', { kind: 'acknowledge', message: 'Nice, that is better.' }],
      ],
    },
  ],
  'suggest-stretch': [
    {
      effect: { type: 'suggest-stretch' },
      calls: [
        ['notify', 'Poise', STRETCH],
        ['emit', 'coach:feedback', { kind: 'suggest-stretch', message: STRETCH }],
      ],
    },
  ],
  'break:heads-up': [
    {
      effect: { type: 'break:heads-up', kind: 'long', inSeconds: 1 },
      calls: [['notify', 'Poise', 'A long break starts in 1 second.']],
    },
  ],
  'break:start': [
    {
      effect: {
        type: 'break:start',
        kind: 'micro',
        durationSeconds: 30,
        recentSlouchShare: 0.4,
        suggestedFocus: 'posture',
      },
      calls: [
        ['showGlow', false],
        ['openBreak', 'micro'],
        [
          'emit',
          'break:start',
          { kind: 'micro', durationSeconds: 30, recentSlouchShare: 0.4, suggestedFocus: 'posture' },
        ],
      ],
    },
    {
      // No focus: the payload carries no `suggestedFocus` key at all (the IPC schema is strict).
      effect: { type: 'break:start', kind: 'long', durationSeconds: 300, recentSlouchShare: 0 },
      calls: [
        ['showGlow', false],
        ['openBreak', 'long'],
        ['emit', 'break:start', { kind: 'long', durationSeconds: 300, recentSlouchShare: 0 }],
      ],
    },
  ],
  'break:end': [
    { effect: { type: 'break:end', kind: 'micro', outcome: 'taken' }, calls: [['closeBreak']] },
  ],
  camera: [
    {
      effect: { type: 'camera', on: true, mode: 'calibrating' },
      calls: [['emit', 'monitor:control', { run: true, mode: 'calibrating' }]],
    },
    {
      effect: { type: 'camera', on: false, mode: 'normal' },
      calls: [['emit', 'monitor:control', { run: false, mode: 'normal' }]],
    },
  ],
  record: [
    {
      effect: { type: 'record', fact: { kind: 'routine-finished', routineId: 'x', atMs: 5 } },
      calls: [['record', { kind: 'routine-finished', routineId: 'x', atMs: 5 }]],
    },
  ],
  notice: [
    {
      effect: { type: 'notice', notice: { kind: 'history-not-saved', error: 'ENOSPC' } },
      calls: [
        [
          'emit',
          'app:notice',
          {
            level: 'warning',
            message:
              'Poise could not save your history (ENOSPC). It keeps the last minutes in memory and will try again.',
          },
        ],
      ],
    },
  ],
};

describe('effect interpreter', () => {
  for (const [type, cases] of Object.entries(rows)) {
    it(`carries out ${type} through the right ports, and only those`, () => {
      for (const { effect, calls } of cases) {
        const { carryOut, calls: made } = interpreterWith();
        carryOut(effect);
        expect(made).toEqual(calls);
      }
    });
  }

  it('asks for the words at each effect, so a language change applies at once', () => {
    let language: 'en' | 'de' = 'en';
    const { carryOut, calls } = interpreterWith(() => wordingFor('en-GB', language, 'UTC'));
    carryOut({ type: 'acknowledge' });
    language = 'de';
    carryOut({ type: 'acknowledge' });
    const messages = calls.map((c) => (c[2] as { message: string }).message);
    expect(messages[0]).toBe('Nice, that is better.');
    expect(messages[1]).not.toBe(messages[0]);
    expect(messages[1]).toBe(wordingFor('de-DE', 'de', 'UTC').t('core:nudge.acknowledge'));
  });
});
