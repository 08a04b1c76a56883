import type { RoutineItemInput } from '../schema';

/**
 * Posture education. The physical-therapy seed makes the point that slouching often feels right
 * and good posture has to be learned; the overview names poor posture and sitting still for long
 * spells among the common causes of upper back pain.
 */
export const educationItems: RoutineItemInput[] = [
  {
    id: 'good-sitting-posture',
    title: 'What upright sitting feels like',
    kind: 'education',
    summary: 'A short tour of a comfortable upright position, one body part at a time.',
    durationSeconds: 30,
    steps: [
      { text: 'Sit back in your chair so it supports your lower back.', seconds: 6 },
      { text: 'Rest both feet flat on the floor, knees about level with your hips.', seconds: 6 },
      { text: 'Let your shoulders settle down and back, without forcing them.', seconds: 6 },
      {
        text: 'Balance your head over your shoulders, ears above them and chin level.',
        seconds: 6,
      },
      {
        text: 'Notice how this feels. After years of slouching, upright can feel odd at first, and that is normal.',
        seconds: 6,
      },
    ],
    illustration: 'sitting-posture',
    cautions: [],
    sources: ['physical-therapy', 'upper-back-pain'],
    focus: ['posture-awareness'],
  },
  {
    id: 'desk-setup',
    title: 'A desk that helps you sit well',
    kind: 'education',
    summary: 'Small changes to the screen, chair and keyboard that make upright sitting easier.',
    durationSeconds: 40,
    steps: [
      {
        text: 'Place the screen about an arm’s length away, with its top near eye level.',
        seconds: 8,
      },
      {
        text: 'Keep the keyboard and mouse close, so your elbows can stay by your sides.',
        seconds: 8,
      },
      {
        text: 'Set the chair height so your forearms are roughly level with the desk.',
        seconds: 8,
      },
      {
        text: 'On a laptop for long spells, a stand with a separate keyboard keeps your head from dropping.',
        seconds: 8,
      },
      {
        text: 'Get up and move now and then: sitting still for hours stiffens the back.',
        seconds: 8,
      },
    ],
    illustration: 'desk-setup',
    cautions: [],
    sources: ['physical-therapy', 'upper-back-pain'],
    focus: ['posture-awareness'],
  },
];
