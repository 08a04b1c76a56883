import type { Language } from '../../../shared/core/i18n/languages';

/**
 * Cautions shared by many items, written once so they read the same everywhere. The seeds advise
 * checking with a professional before starting something new, and stress that exercises that
 * suit one back may not suit another.
 *
 * Each caution exists in every language; items use the English constants below, and the German
 * item words use `SHARED_CAUTIONS.de` at the same place (the content tests check that they match).
 */
const ENGLISH = {
  GENTLE_MOVEMENT:
    'Move slowly and stay in a comfortable range: a mild stretch is fine, pain is a sign to stop.',
  CHECK_FIRST:
    'If you have a back or neck condition or a recent injury, ask a health professional before trying new exercises.',
  STOP_IF_TINGLING: 'Stop if you feel numbness, tingling or pain spreading into an arm.',
  ACUPRESSURE_IS_COMFORT:
    'Acupressure is a comfort measure with limited research behind it; it does not replace medical care.',
  ACUPRESSURE_GENTLE:
    'Press firmly but comfortably, and skip any spot with broken skin, bruising or swelling.',
};

export type SharedCautionName = keyof typeof ENGLISH;

const GERMAN = {
  GENTLE_MOVEMENT:
    'Bewegen Sie sich langsam und bleiben Sie im angenehmen Bereich: Eine leichte Dehnung ist in Ordnung, Schmerz ist ein Zeichen aufzuhören.',
  CHECK_FIRST:
    'Wenn Sie eine Rücken- oder Nackenerkrankung oder eine frische Verletzung haben, fragen Sie eine medizinische Fachkraft, bevor Sie neue Übungen ausprobieren.',
  STOP_IF_TINGLING:
    'Hören Sie auf, wenn Sie ein Taubheitsgefühl, Kribbeln oder Schmerzen spüren, die in einen Arm ausstrahlen.',
  ACUPRESSURE_IS_COMFORT:
    'Akupressur dient dem Wohlbefinden und ist nur wenig wissenschaftlich untersucht; sie ersetzt keine ärztliche Behandlung.',
  ACUPRESSURE_GENTLE:
    'Drücken Sie fest, aber angenehm, und lassen Sie Stellen mit verletzter Haut, Blutergüssen oder Schwellungen aus.',
} satisfies Record<SharedCautionName, string>;

/** The shared cautions in every language, key for key. */
export const SHARED_CAUTIONS: Readonly<
  Record<Language, Readonly<Record<SharedCautionName, string>>>
> = { en: ENGLISH, de: GERMAN };

export const GENTLE_MOVEMENT = ENGLISH.GENTLE_MOVEMENT;
export const CHECK_FIRST = ENGLISH.CHECK_FIRST;
export const STOP_IF_TINGLING = ENGLISH.STOP_IF_TINGLING;
export const ACUPRESSURE_IS_COMFORT = ENGLISH.ACUPRESSURE_IS_COMFORT;
export const ACUPRESSURE_GENTLE = ENGLISH.ACUPRESSURE_GENTLE;
