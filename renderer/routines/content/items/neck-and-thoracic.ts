import type { RoutineItemInput } from '../schema';
import { CHECK_FIRST, GENTLE_MOVEMENT, STOP_IF_TINGLING } from '../cautions';

/**
 * Stretches and mobility moves for the neck and the thoracic spine. The seeds recommend
 * stretching, range-of-motion work and learning what upright posture feels like, done gradually.
 */
export const neckAndThoracicItems: RoutineItemInput[] = [
  {
    id: 'chin-tuck',
    title: 'Chin tucks',
    kind: 'mobility',
    summary:
      'Brings a forward-drifting head back over the shoulders and wakes up the deep neck muscles.',
    durationSeconds: 28,
    steps: [
      { text: 'Sit tall and look straight ahead.', seconds: 4 },
      {
        text: 'Glide your head straight back, as if making a double chin, hold for a moment, then let go. Repeat slowly.',
        seconds: 20,
        move: { id: 'chin-tuck', targetReps: 4 },
      },
      { text: 'Relax and let your head rest easily.', seconds: 4 },
    ],
    illustration: 'chin-tuck',
    cautions: [
      GENTLE_MOVEMENT,
      'Keep your eyes level: the head slides back, it does not nod down.',
    ],
    sources: ['physical-therapy', 'treatments-overview'],
    focus: ['neck', 'posture-awareness'],
  },
  {
    id: 'seated-thoracic-extension',
    title: 'Seated upper-back extension',
    kind: 'mobility',
    summary:
      'Arches the stiff middle of the back the other way after a long spell bent over a screen.',
    durationSeconds: 25,
    steps: [
      {
        text: 'Sit back in a chair with a firm back and rest your hands behind your head.',
        seconds: 5,
      },
      {
        text: 'Breathe out and lean back over the top of the chair, lifting your chest to the ceiling.',
        seconds: 6,
      },
      { text: 'Come back to upright.', seconds: 4 },
      { text: 'Once more, a little further if it feels comfortable.', seconds: 6 },
      { text: 'Return to upright and sit tall.', seconds: 4 },
    ],
    illustration: 'thoracic-extension',
    cautions: [
      GENTLE_MOVEMENT,
      'Use a steady chair with a firm back, never one that rolls or tips.',
      CHECK_FIRST,
    ],
    sources: ['physical-therapy', 'treatments-overview'],
    focus: ['thoracic-extension', 'upper-back', 'chest-opener'],
  },
  {
    id: 'doorway-chest-stretch',
    title: 'Doorway chest stretch',
    kind: 'stretch',
    summary: 'Opens the front of the chest and shoulders, which tighten when we round forward.',
    durationSeconds: 30,
    steps: [
      {
        text: 'Stand in a doorway and rest your forearms on the frame, elbows at shoulder height.',
        seconds: 5,
      },
      {
        text: 'Step one foot forward until you feel a stretch across your chest. Hold and breathe.',
        seconds: 20,
      },
      { text: 'Step back and let your arms down.', seconds: 5 },
    ],
    illustration: 'chest-stretch',
    cautions: [GENTLE_MOVEMENT, STOP_IF_TINGLING],
    sources: ['physical-therapy', 'treatments-overview'],
    focus: ['chest-opener', 'shoulders'],
    equipment: ['doorway'],
  },
  {
    id: 'wall-chest-stretch',
    title: 'Wall chest stretch',
    kind: 'stretch',
    summary: 'A one-arm chest opener for when there is a wall but no free doorway.',
    durationSeconds: 35,
    steps: [
      {
        text: 'Stand side-on to a wall and place your palm and forearm on it at shoulder height.',
        seconds: 5,
      },
      {
        text: 'Turn your body slowly away from the wall until the chest stretches. Hold.',
        seconds: 15,
      },
      { text: 'Turn around and do the same with the other arm. Hold.', seconds: 15 },
    ],
    illustration: 'chest-stretch',
    cautions: [GENTLE_MOVEMENT, STOP_IF_TINGLING],
    sources: ['physical-therapy', 'treatments-overview'],
    focus: ['chest-opener', 'shoulders'],
    equipment: ['wall'],
  },
  {
    id: 'upper-trapezius-stretch',
    title: 'Side-of-neck stretch',
    kind: 'stretch',
    summary:
      'Eases the muscle that runs from the neck to the top of the shoulder, a common spot for tension.',
    durationSeconds: 40,
    steps: [
      { text: 'Sit tall and let your right shoulder sink down.', seconds: 4 },
      { text: 'Tilt your left ear toward your left shoulder and hold.', seconds: 15 },
      { text: 'Bring your head back to the middle.', seconds: 3 },
      {
        text: 'Let your left shoulder sink, tilt your right ear toward your right shoulder and hold.',
        seconds: 15,
      },
      { text: 'Return to the middle.', seconds: 3 },
    ],
    illustration: 'upper-trap-stretch',
    cautions: [
      GENTLE_MOVEMENT,
      'Do not pull on your head with your hand: its own weight is enough.',
      STOP_IF_TINGLING,
    ],
    sources: ['treatments-overview', 'physical-therapy'],
    focus: ['neck', 'shoulders'],
  },
  {
    id: 'seated-rotation',
    title: 'Gentle seated twist',
    kind: 'mobility',
    summary: 'Turns the upper back through an easy range to ease stiffness from sitting still.',
    durationSeconds: 22,
    steps: [
      { text: 'Sit tall with your feet flat and your arms crossed over your chest.', seconds: 4 },
      {
        text: 'Breathe out and turn your upper body slowly to the right, as far as is easy.',
        seconds: 6,
      },
      { text: 'Come back to the middle.', seconds: 3 },
      { text: 'Breathe out and turn slowly to the left.', seconds: 6 },
      { text: 'Come back to the middle and rest.', seconds: 3 },
    ],
    illustration: 'seated-rotation',
    cautions: [GENTLE_MOVEMENT, 'Keep your hips facing forward and do not bounce.'],
    sources: ['physical-therapy', 'treatments-overview'],
    focus: ['upper-back'],
  },
  {
    id: 'neck-turns',
    title: 'Slow neck turns',
    kind: 'mobility',
    summary: 'Moves the neck through a comfortable turn each way after holding it still.',
    durationSeconds: 16,
    steps: [
      { text: 'Turn your head slowly to look over your right shoulder.', seconds: 5 },
      { text: 'Come back to the centre.', seconds: 3 },
      { text: 'Turn slowly to look over your left shoulder.', seconds: 5 },
      { text: 'Come back to the centre.', seconds: 3 },
    ],
    illustration: 'upper-trap-stretch',
    cautions: [GENTLE_MOVEMENT, 'Stop if you feel dizzy.'],
    sources: ['physical-therapy', 'treatments-overview'],
    focus: ['neck'],
  },
  {
    id: 'shoulder-rolls',
    title: 'Shoulder rolls',
    kind: 'mobility',
    summary: 'Loosens the shoulders and upper back with slow circles.',
    durationSeconds: 22,
    steps: [
      { text: 'Roll your shoulders up, back and down, slowly, several times.', seconds: 12 },
      { text: 'Now roll them the other way: up, forward and down.', seconds: 10 },
    ],
    illustration: 'relaxation',
    cautions: [GENTLE_MOVEMENT],
    sources: ['treatments-overview', 'physical-therapy'],
    focus: ['shoulders', 'upper-back'],
  },
  {
    id: 'overhead-reach',
    title: 'Overhead reach',
    kind: 'mobility',
    summary:
      'Lifts the arms and chest to lengthen the front of the body and straighten the upper back.',
    durationSeconds: 26,
    steps: [
      { text: 'Sit tall with your feet flat on the floor.', seconds: 3 },
      {
        text: 'Reach both arms up above your head, then lower them. Repeat slowly with the breath.',
        seconds: 20,
        move: { id: 'overhead-reach', targetReps: 4 },
      },
      { text: 'Let your arms rest in your lap.', seconds: 3 },
    ],
    illustration: 'overhead-reach',
    cautions: [
      GENTLE_MOVEMENT,
      'Keep your shoulders away from your ears, and lower your arms if a shoulder pinches.',
    ],
    sources: ['physical-therapy', 'treatments-overview'],
    focus: ['chest-opener', 'thoracic-extension', 'shoulders'],
  },
];
