import type { Language } from '../../../shared/core/i18n/languages';
import type { SourceId } from './sources';

/**
 * When to see a doctor, as data. The red flags are the ones the upper-back-pain seed lists as
 * signs of something more serious than muscle strain; the page that shows them is reachable from
 * every routine. Wording is ours; the list is theirs.
 *
 * The words exist once per language; every language must name every red flag (a missing one fails
 * the type check), and the page shows them in the order of RED_FLAG_IDS.
 */
export const RED_FLAG_IDS = [
  'no-better-after-week',
  'numbness-tingling',
  'worsening-or-spasms',
  'fever',
  'weight-loss',
  'bowel-bladder',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlag {
  readonly id: RedFlagId;
  readonly text: string;
}

export interface DoctorAdvice {
  readonly title: string;
  readonly intro: string;
  readonly redFlags: readonly RedFlag[];
  readonly urgent: string;
  readonly stopNote: string;
  readonly sources: readonly SourceId[];
}

interface DoctorAdviceWords {
  readonly title: string;
  readonly intro: string;
  readonly redFlags: Readonly<Record<RedFlagId, string>>;
  readonly urgent: string;
  readonly stopNote: string;
}

const WORDS: Readonly<Record<Language, DoctorAdviceWords>> = {
  en: {
    title: 'When to see a doctor',
    intro:
      'Poise’s routines are for everyday stiffness and tension. They are not a treatment and cannot rule out a medical problem. Please see a doctor if any of these apply to you:',
    redFlags: {
      'no-better-after-week': 'Your upper back pain has not got better after a week.',
      'numbness-tingling': 'You have numbness or tingling in your arms or legs.',
      'worsening-or-spasms': 'The pain is getting worse, or you are having muscle spasms.',
      fever: 'You have a fever along with the pain.',
      'weight-loss': 'You are losing weight without trying.',
      'bowel-bladder': 'You have new problems controlling your bowel or bladder.',
    },
    urgent:
      'If pain follows a fall or accident, or comes with chest pain or trouble breathing, get medical help straight away.',
    stopNote:
      'Stop any routine that hurts. Mild stretching is fine; sharp, spreading or worsening pain is not.',
  },
  de: {
    title: 'Wann Sie zum Arzt gehen sollten',
    intro:
      'Die Routinen von Poise sind für alltägliche Steifheit und Verspannungen gedacht. Sie sind keine Behandlung und können ein medizinisches Problem nicht ausschließen. Bitte gehen Sie zum Arzt, wenn einer dieser Punkte auf Sie zutrifft:',
    redFlags: {
      'no-better-after-week':
        'Ihre Schmerzen im oberen Rücken sind nach einer Woche nicht besser geworden.',
      'numbness-tingling': 'Sie haben ein Taubheitsgefühl oder Kribbeln in Armen oder Beinen.',
      'worsening-or-spasms': 'Die Schmerzen werden stärker, oder Sie haben Muskelkrämpfe.',
      fever: 'Sie haben zusätzlich zu den Schmerzen Fieber.',
      'weight-loss': 'Sie nehmen ab, ohne es zu wollen.',
      'bowel-bladder': 'Sie haben neu aufgetretene Probleme, Darm oder Blase zu kontrollieren.',
    },
    urgent:
      'Wenn die Schmerzen nach einem Sturz oder Unfall auftreten oder mit Brustschmerzen oder Atemnot einhergehen, holen Sie sofort medizinische Hilfe.',
    stopNote:
      'Brechen Sie jede Routine ab, die wehtut. Leichtes Dehnen ist in Ordnung, stechende, ausstrahlende oder zunehmende Schmerzen sind es nicht.',
  },
};

const SOURCES: readonly SourceId[] = ['upper-back-pain', 'complementary-treatments'];

/** The doctor page's words in `language`, red flags in their fixed order. */
export function doctorAdvice(language: Language): DoctorAdvice {
  const words = WORDS[language];
  return {
    title: words.title,
    intro: words.intro,
    redFlags: RED_FLAG_IDS.map((id) => ({ id, text: words.redFlags[id] })),
    urgent: words.urgent,
    stopNote: words.stopNote,
    sources: SOURCES,
  };
}

/** The English advice (the content's own language, as the tests read it). */
export const DOCTOR_ADVICE: DoctorAdvice = doctorAdvice('en');
