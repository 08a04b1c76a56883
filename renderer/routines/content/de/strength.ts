import { SHARED_CAUTIONS } from '../cautions';
import type { ItemWords } from '../localize';

const { CHECK_FIRST, GENTLE_MOVEMENT } = SHARED_CAUTIONS.de;

/** German words for ../items/strength.ts. */
export const germanStrength = {
  'shoulder-blade-squeeze': {
    title: 'Schulterblätter zusammenziehen',
    summary:
      'Kräftigt die Muskeln zwischen den Schulterblättern, die bei runden Schultern kaum arbeiten.',
    steps: [
      'Setzen Sie sich aufrecht hin, die Ellbogen gebeugt und die Hände nahe den Schultern.',
      'Ziehen Sie die Schulterblätter nach hinten unten zueinander, halten Sie kurz und lassen Sie dann los. Wiederholen Sie das.',
      'Lassen Sie die Arme locker.',
    ],
    cautions: [GENTLE_MOVEMENT, 'Halten Sie den Nacken lang und die Schultern weg von den Ohren.'],
  },
  'wall-slide': {
    title: 'Armgleiten an der Wand',
    summary:
      'Trainiert die Schultern darin, die Arme zu heben, während die Schulterblätter unten und hinten bleiben.',
    steps: [
      'Stellen Sie sich mit dem Rücken an eine Wand und legen Sie die Arme in W-Form daran.',
      'Schieben Sie die Arme nah an der Wand nach oben in ein Y und dann zurück nach unten in ein W. Wiederholen Sie das langsam.',
      'Senken Sie die Arme und schütteln Sie sie aus.',
    ],
    cautions: [
      GENTLE_MOVEMENT,
      'Gehen Sie nur so weit nach oben, wie Ihr unterer Rücken dabei an der Wand bleibt.',
      CHECK_FIRST,
    ],
  },
} satisfies Record<string, ItemWords>;
