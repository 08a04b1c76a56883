import type { RoutineItemInput } from '../schema';
import { ACUPRESSURE_GENTLE, ACUPRESSURE_IS_COMFORT } from '../cautions';

/**
 * Self-acupressure points the seeds name for upper back, neck and shoulder tension, with their
 * locations as the seeds give them. SI 15 and CV 6 are left out on purpose: the pressure-points
 * seed says SI 15 needs a therapist, and CV 6 is a belly point it ties to recovery after surgery or
 * childbirth, which is not something a desk app should lead.
 */
export const acupressureItems: RoutineItemInput[] = [
  {
    id: 'acupressure-gb21',
    title: 'Shoulder point (GB 21)',
    kind: 'acupressure',
    summary: 'A traditional point on top of the shoulder used for neck and shoulder tension.',
    location:
      'On top of the shoulder, halfway between the base of the neck and the tip of the shoulder.',
    durationSeconds: 34,
    steps: [
      {
        text: 'Find the point on top of your left shoulder, halfway between neck and shoulder tip.',
        seconds: 6,
      },
      { text: 'Press with two fingers of your right hand and breathe slowly.', seconds: 12 },
      { text: 'Let go and find the same point on your right shoulder.', seconds: 4 },
      { text: 'Press with your left hand and breathe slowly.', seconds: 12 },
    ],
    illustration: 'point-gb21',
    cautions: [
      'Not for use during pregnancy: this point is traditionally said to be able to bring on labour.',
      ACUPRESSURE_GENTLE,
      ACUPRESSURE_IS_COMFORT,
    ],
    sources: ['pressure-points'],
    focus: ['neck', 'shoulders'],
    notForPregnancy: true,
  },
  {
    id: 'acupressure-gb10',
    title: 'Back-of-neck point (GB 10)',
    kind: 'acupressure',
    summary: 'A traditional point at the back of the neck used for neck discomfort.',
    location: 'At the back of the neck, about a thumb’s width below the base of the skull.',
    durationSeconds: 25,
    steps: [
      {
        text: 'Rest your thumbs at the base of your skull, then slide them down about a thumb’s width.',
        seconds: 6,
      },
      { text: 'Press gently with both thumbs and breathe slowly.', seconds: 15 },
      { text: 'Release slowly and lower your hands.', seconds: 4 },
    ],
    illustration: 'point-gb10',
    cautions: [
      'Press lightly here: the neck is delicate. Stop if you feel dizzy or any tingling.',
      ACUPRESSURE_GENTLE,
      ACUPRESSURE_IS_COMFORT,
    ],
    sources: ['pressure-points'],
    focus: ['neck'],
  },
  {
    id: 'acupressure-k27',
    title: 'Collarbone point (K 27)',
    kind: 'acupressure',
    summary:
      'A traditional point below the collarbone used for tension across the chest and upper back.',
    location: 'About a fingertip below the collarbone, on both sides, next to the breastbone.',
    durationSeconds: 25,
    steps: [
      {
        text: 'Find the small hollows just under your collarbones, beside the breastbone.',
        seconds: 6,
      },
      { text: 'Press both points with your fingertips and breathe slowly.', seconds: 15 },
      { text: 'Release and let your hands rest.', seconds: 4 },
    ],
    illustration: 'point-k27',
    cautions: [ACUPRESSURE_GENTLE, ACUPRESSURE_IS_COMFORT],
    sources: ['pressure-points'],
    focus: ['chest-opener', 'upper-back'],
  },
  {
    id: 'acupressure-lu5',
    title: 'Elbow-crease point (LU 5)',
    kind: 'acupressure',
    summary:
      'A traditional point in the elbow crease used for chest tightness linked to upper back discomfort.',
    location: 'In the middle of the crease on the inside of the elbow.',
    durationSeconds: 25,
    steps: [
      { text: 'Bend your left elbow slightly and find the middle of its crease.', seconds: 5 },
      { text: 'Press with your right thumb and breathe slowly.', seconds: 10 },
      { text: 'Switch arms and press the right elbow crease.', seconds: 10 },
    ],
    illustration: 'point-lu5',
    cautions: [ACUPRESSURE_GENTLE, ACUPRESSURE_IS_COMFORT],
    sources: ['pressure-points'],
    focus: ['chest-opener'],
  },
  {
    id: 'acupressure-li4',
    title: 'Hand web point (LI 4)',
    kind: 'acupressure',
    summary: 'A traditional hand point used for neck and shoulder tension and stress.',
    location: 'On the back of the hand, in the web between the thumb and the index finger.',
    durationSeconds: 30,
    steps: [
      {
        text: 'Find the fleshy web between the thumb and index finger of your left hand.',
        seconds: 5,
      },
      {
        text: 'Squeeze it between the thumb and finger of your right hand and breathe slowly.',
        seconds: 10,
      },
      { text: 'Switch hands.', seconds: 5 },
      { text: 'Squeeze the web of your right hand and breathe slowly.', seconds: 10 },
    ],
    illustration: 'point-li4',
    cautions: [
      // The seeds do not say this; many acupressure guides do, so Poise leans to the safe side.
      'Many acupressure guides advise against this point during pregnancy, so Poise hides it if you are pregnant.',
      ACUPRESSURE_GENTLE,
      ACUPRESSURE_IS_COMFORT,
    ],
    sources: ['pressure-points'],
    focus: ['shoulders', 'calm'],
    notForPregnancy: true,
  },
  {
    id: 'acupressure-ring-little',
    title: 'Hand point between ring and little finger',
    kind: 'acupressure',
    summary:
      'A traditional hand point for upper back tension and stress (called TE 3 in one source).',
    location:
      'On the back of the hand, in the groove between the ring finger and little finger knuckles.',
    durationSeconds: 30,
    steps: [
      {
        text: 'Find the groove between the knuckles of the ring and little finger on your left hand.',
        seconds: 5,
      },
      { text: 'Press there with your right thumb and breathe slowly.', seconds: 10 },
      { text: 'Switch hands.', seconds: 5 },
      { text: 'Press the same groove on your right hand and breathe slowly.', seconds: 10 },
    ],
    illustration: 'point-hand-ring-little',
    cautions: [ACUPRESSURE_GENTLE, ACUPRESSURE_IS_COMFORT],
    sources: ['complementary-treatments', 'pressure-points'],
    focus: ['upper-back', 'calm'],
  },
];
