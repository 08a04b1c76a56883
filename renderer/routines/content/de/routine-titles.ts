/** German titles of the ready-made routines in ../ready-made-routines.ts, by routine id. */
export const germanRoutineTitles = {
  'micro-open-up': 'Öffnen und aufrichten',
  'micro-upper-back': 'Oberen Rücken lockern',
  'micro-neck-reset': 'Nacken neu ausrichten',
  'micro-shoulder-release': 'Schultern lösen',
  'micro-posture-check': 'Kurzer Haltungscheck',
  'micro-breathe': 'Langsam ausatmen',
  'micro-box-breath': 'Box-Atmung',
  'micro-let-go': 'Anspannen und loslassen',
  'long-desk-reset': 'Rundum-Pause am Schreibtisch',
  'long-open-chest': 'Den Brustkorb öffnen',
  'long-calm': 'Zur Ruhe kommen',
  'long-self-care': 'Selbstfürsorge für verspannte Schultern',
  'long-upper-back-care': 'Kraft und Beweglichkeit für den oberen Rücken',
} satisfies Record<string, string>;
