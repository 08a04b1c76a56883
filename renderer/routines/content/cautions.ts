/**
 * Cautions shared by many items, written once so they read the same everywhere. The seeds advise
 * checking with a professional before starting something new, and stress that exercises that
 * suit one back may not suit another.
 */
export const GENTLE_MOVEMENT =
  'Move slowly and stay in a comfortable range: a mild stretch is fine, pain is a sign to stop.';

export const CHECK_FIRST =
  'If you have a back or neck condition or a recent injury, ask a health professional before trying new exercises.';

export const STOP_IF_TINGLING =
  'Stop if you feel numbness, tingling or pain spreading into an arm.';

export const ACUPRESSURE_IS_COMFORT =
  'Acupressure is a comfort measure with limited research behind it; it does not replace medical care.';

export const ACUPRESSURE_GENTLE =
  'Press firmly but comfortably, and skip any spot with broken skin, bruising or swelling.';
