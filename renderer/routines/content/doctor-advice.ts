import type { SourceId } from './sources';

/**
 * When to see a doctor, as data. The red flags are the ones the upper-back-pain seed lists as
 * signs of something more serious than muscle strain; the page that shows them is reachable from
 * every routine. Wording is ours; the list is theirs.
 */
export interface RedFlag {
  readonly id: string;
  readonly text: string;
}

export const DOCTOR_ADVICE = {
  title: 'When to see a doctor',
  intro:
    'Poise’s routines are for everyday stiffness and tension. They are not a treatment and cannot rule out a medical problem. Please see a doctor if any of these apply to you:',
  redFlags: [
    { id: 'no-better-after-week', text: 'Your upper back pain has not got better after a week.' },
    { id: 'numbness-tingling', text: 'You have numbness or tingling in your arms or legs.' },
    {
      id: 'worsening-or-spasms',
      text: 'The pain is getting worse, or you are having muscle spasms.',
    },
    { id: 'fever', text: 'You have a fever along with the pain.' },
    { id: 'weight-loss', text: 'You are losing weight without trying.' },
    { id: 'bowel-bladder', text: 'You have new problems controlling your bowel or bladder.' },
  ] satisfies RedFlag[],
  urgent:
    'If pain follows a fall or accident, or comes with chest pain or trouble breathing, get medical help straight away.',
  stopNote:
    'Stop any routine that hurts. Mild stretching is fine; sharp, spreading or worsening pain is not.',
  sources: ['upper-back-pain', 'complementary-treatments'] satisfies SourceId[],
} as const;
