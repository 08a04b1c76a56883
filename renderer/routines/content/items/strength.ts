import type { RoutineItemInput } from '../schema';
import { CHECK_FIRST, GENTLE_MOVEMENT } from '../cautions';

/**
 * Light strengthening for the muscles that hold the shoulders back. The seeds name strengthening
 * alongside stretching, built up gradually, as the active part of caring for the upper back.
 */
export const strengthItems: RoutineItemInput[] = [
  {
    id: 'shoulder-blade-squeeze',
    title: 'Shoulder-blade squeezes',
    kind: 'strength',
    summary: 'Works the muscles between the shoulder blades that round shoulders leave idle.',
    durationSeconds: 28,
    steps: [
      { text: 'Sit tall with your elbows bent and your hands near your shoulders.', seconds: 4 },
      {
        text: 'Draw your shoulder blades back and down toward each other, hold for a moment, then release. Repeat.',
        seconds: 20,
        move: { id: 'shoulder-squeeze', targetReps: 4 },
      },
      { text: 'Let your arms relax.', seconds: 4 },
    ],
    illustration: 'shoulder-squeeze',
    cautions: [GENTLE_MOVEMENT, 'Keep your neck long and your shoulders away from your ears.'],
    sources: ['treatments-overview', 'physical-therapy'],
    focus: ['shoulders', 'upper-back', 'chest-opener'],
  },
  {
    id: 'wall-slide',
    title: 'Wall slides',
    kind: 'strength',
    summary: 'Trains the shoulders to lift the arms while the shoulder blades stay down and back.',
    durationSeconds: 35,
    steps: [
      {
        text: 'Stand with your back against a wall and your arms against it in a W shape.',
        seconds: 5,
      },
      {
        text: 'Slide your arms up into a Y, keeping them near the wall, then back down to a W. Repeat slowly.',
        seconds: 25,
      },
      { text: 'Lower your arms and shake them out.', seconds: 5 },
    ],
    illustration: 'wall-slide',
    cautions: [
      GENTLE_MOVEMENT,
      'Only go as high as you can while your lower back stays against the wall.',
      CHECK_FIRST,
    ],
    sources: ['treatments-overview', 'physical-therapy'],
    focus: ['upper-back', 'shoulders', 'thoracic-extension'],
    equipment: ['wall'],
  },
];
