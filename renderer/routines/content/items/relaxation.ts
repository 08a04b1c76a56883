import type { RoutineItemInput } from '../schema';

/**
 * Relaxation. The seeds link upper back pain with stress and tension, name relaxation and
 * mindfulness meditation as techniques that may help, and note that muscle tension can build up
 * through everyday stress.
 */
export const relaxationItems: RoutineItemInput[] = [
  {
    id: 'progressive-muscle-relaxation',
    title: 'Tense and let go',
    kind: 'relaxation',
    summary: 'A short progressive muscle relaxation: tense a muscle group, then feel it let go.',
    durationSeconds: 45,
    steps: [
      { text: 'Make fists and squeeze them for a few seconds.', seconds: 5 },
      { text: 'Let go and feel your hands soften.', seconds: 8 },
      { text: 'Lift your shoulders toward your ears and hold them there.', seconds: 5 },
      { text: 'Drop them and let them stay heavy.', seconds: 8 },
      { text: 'Scrunch your face gently and hold.', seconds: 5 },
      { text: 'Release, and let your jaw hang loose.', seconds: 8 },
      {
        text: 'Breathe out slowly and notice the difference between tense and relaxed.',
        seconds: 6,
      },
    ],
    illustration: 'relaxation',
    cautions: ['Tense gently, never to the point of pain or cramp.'],
    sources: ['complementary-treatments', 'physical-therapy'],
    focus: ['calm', 'shoulders'],
  },
  {
    id: 'body-scan',
    title: 'One-minute body scan',
    kind: 'relaxation',
    summary: 'A brief mindful check from head to feet, noticing tension and letting it soften.',
    durationSeconds: 57,
    steps: [
      { text: 'Close your eyes or lower your gaze, and breathe easily.', seconds: 6 },
      {
        text: 'Notice your forehead, your jaw and the back of your neck. Let them soften.',
        seconds: 10,
      },
      {
        text: 'Move your attention to your shoulders and upper back. Let them be heavy.',
        seconds: 10,
      },
      { text: 'Notice your arms and hands resting.', seconds: 8 },
      { text: 'Feel the breath in your chest and belly, without changing it.', seconds: 10 },
      { text: 'Notice your seat on the chair and your feet on the floor.', seconds: 8 },
      { text: 'Open your eyes and take in the room.', seconds: 5 },
    ],
    illustration: 'body-scan',
    cautions: [],
    sources: ['complementary-treatments'],
    focus: ['calm', 'posture-awareness'],
  },
];
