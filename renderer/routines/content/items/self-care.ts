import type { RoutineItemInput } from '../schema';
import { CHECK_FIRST } from '../cautions';

/**
 * Self-massage with a ball or foam roller, and heat and cold. The seeds suggest self-massage to
 * ease muscle tension, and ice packs or heat pads for mild pain: heat brings blood to tight
 * muscles, cold slows circulation to calm inflammation and spasm, and stretching comes easier after.
 */
export const selfCareItems: RoutineItemInput[] = [
  {
    id: 'ball-massage',
    title: 'Ball against the wall',
    kind: 'self-massage',
    summary:
      'Self-massage for the muscles beside the shoulder blades using a soft ball and a wall.',
    durationSeconds: 74,
    steps: [
      {
        text: 'Put a tennis ball or similar soft ball between your upper back and a wall, beside the spine, not on it.',
        seconds: 8,
      },
      {
        text: 'Bend your knees a little to roll the ball slowly. Pause on a tight spot and breathe.',
        seconds: 30,
      },
      { text: 'Move the ball to the other side of your spine and do the same.', seconds: 30 },
      { text: 'Step away from the wall and roll your shoulders.', seconds: 6 },
    ],
    illustration: 'ball-massage',
    cautions: [
      'Keep the ball off the spine itself and off any bony point.',
      'Use gentle pressure: tenderness is fine, sharp pain means stop.',
    ],
    sources: ['complementary-treatments', 'physical-therapy'],
    focus: ['upper-back', 'shoulders'],
    equipment: ['ball', 'wall'],
  },
  {
    id: 'foam-roller-upper-back',
    title: 'Foam roller for the upper back',
    kind: 'self-massage',
    summary: 'Rolls out the upper back and lets it arch gently over the roller.',
    durationSeconds: 60,
    steps: [
      {
        text: 'Sit on the floor with a foam roller behind you, across your upper back.',
        seconds: 8,
      },
      {
        text: 'Support your head with your hands, lift your hips a little and roll slowly between the shoulder blades.',
        seconds: 30,
      },
      {
        text: 'Pause over the stiffest part and breathe out, letting your back arch over the roller.',
        seconds: 15,
      },
      { text: 'Lower your hips and roll off to one side.', seconds: 7 },
    ],
    illustration: 'foam-roller',
    cautions: [
      'Stay on the upper back: do not roll the neck or the lower back.',
      'Skip this with a back injury, a known spine condition or fragile bones, or if getting to the floor is hard.',
      CHECK_FIRST,
    ],
    sources: ['complementary-treatments', 'physical-therapy'],
    focus: ['upper-back', 'thoracic-extension'],
    equipment: ['foam-roller'],
  },
  {
    id: 'heat-or-cold',
    title: 'Heat or cold?',
    kind: 'heat-cold',
    summary: 'When warmth may help, when cold may help, and how to use either safely.',
    durationSeconds: 32,
    steps: [
      {
        text: 'For stiff, tight muscles, warmth can help: heat brings more blood to the area. Try a warm pack or heat pad.',
        seconds: 10,
      },
      {
        text: 'For a fresh strain or a flare of pain, cold can calm things: it slows circulation and eases spasm.',
        seconds: 10,
      },
      {
        text: 'Wrap the pack in a cloth and use it for about 15 to 20 minutes at a time.',
        seconds: 6,
      },
      { text: 'Gentle stretching is often easier afterwards.', seconds: 6 },
    ],
    illustration: 'heat-cold',
    cautions: [
      'Never put ice or a hot pack straight onto bare skin.',
      'Avoid heat or cold on skin with poor feeling, and ask a doctor first if you have diabetes or poor circulation.',
    ],
    sources: ['upper-back-pain', 'physical-therapy'],
    focus: ['upper-back', 'calm'],
    equipment: ['warm-pack', 'cold-pack'],
  },
];
