import type { RoutineItemInput } from '../schema';

const LIGHT_HEADED = 'If you feel light-headed, stop pacing and breathe normally.';

/**
 * Paced breathing. The complementary-treatments seed lists breathing exercises among the
 * relaxation techniques that may help, since stress and tension can bring on or worsen pain.
 */
export const breathingItems: RoutineItemInput[] = [
  {
    id: 'box-breathing',
    title: 'Box breathing',
    kind: 'breathing',
    summary: 'Four even counts in, hold, out and hold, to steady the breath and the mind.',
    durationSeconds: 52,
    steps: [
      { text: 'Sit comfortably, let your shoulders drop and breathe out.', seconds: 4 },
      {
        text: 'Follow the square: breathe in for four, hold for four, out for four, hold for four.',
        seconds: 48,
        breathing: 'box',
      },
    ],
    illustration: 'breathing',
    cautions: [
      LIGHT_HEADED,
      'Skip the holds if they feel uncomfortable, for example with a breathing condition.',
    ],
    sources: ['complementary-treatments'],
    focus: ['calm'],
  },
  {
    id: 'extended-exhale',
    title: 'Long breath out',
    kind: 'breathing',
    summary: 'A breath out that is longer than the breath in, an easy way to help the body settle.',
    durationSeconds: 44,
    steps: [
      { text: 'Sit comfortably and rest one hand on your belly.', seconds: 4 },
      {
        text: 'Breathe in gently through your nose for four, then out slowly for six.',
        seconds: 40,
        breathing: 'extended-exhale',
      },
    ],
    illustration: 'breathing',
    cautions: [LIGHT_HEADED],
    sources: ['complementary-treatments'],
    focus: ['calm'],
  },
];
