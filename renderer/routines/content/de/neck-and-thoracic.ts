import { SHARED_CAUTIONS } from '../cautions';
import type { ItemWords } from '../localize';

const { CHECK_FIRST, GENTLE_MOVEMENT, STOP_IF_TINGLING } = SHARED_CAUTIONS.de;

/** German words for ../items/neck-and-thoracic.ts. */
export const germanNeckAndThoracic = {
  'chin-tuck': {
    title: 'Kinn einziehen',
    summary:
      'Bringt einen nach vorn geschobenen Kopf zurück über die Schultern und aktiviert die tiefe Nackenmuskulatur.',
    steps: [
      'Setzen Sie sich aufrecht hin und schauen Sie geradeaus.',
      'Schieben Sie den Kopf gerade nach hinten, als wollten Sie ein Doppelkinn machen, halten Sie kurz und lassen Sie dann los. Wiederholen Sie das langsam.',
      'Entspannen Sie sich und lassen Sie den Kopf locker ruhen.',
    ],
    cautions: [
      GENTLE_MOVEMENT,
      'Halten Sie den Blick waagerecht: Der Kopf gleitet nach hinten, er nickt nicht nach unten.',
    ],
  },
  'seated-thoracic-extension': {
    title: 'Rückenstreckung im Sitzen',
    summary:
      'Biegt die steife Mitte des Rückens in die Gegenrichtung, nachdem Sie lange über einen Bildschirm gebeugt waren.',
    steps: [
      'Setzen Sie sich weit nach hinten auf einen Stuhl mit fester Lehne und legen Sie die Hände hinter den Kopf.',
      'Atmen Sie aus und lehnen Sie sich über die Oberkante der Lehne zurück, die Brust hebt sich zur Decke.',
      'Kommen Sie zurück in die aufrechte Haltung.',
      'Noch einmal, etwas weiter, wenn es sich angenehm anfühlt.',
      'Kehren Sie in die aufrechte Haltung zurück und sitzen Sie gerade.',
    ],
    cautions: [
      GENTLE_MOVEMENT,
      'Nehmen Sie einen stabilen Stuhl mit fester Lehne, niemals einen, der rollt oder kippt.',
      CHECK_FIRST,
    ],
  },
  'doorway-chest-stretch': {
    title: 'Brustdehnung im Türrahmen',
    summary:
      'Öffnet die Vorderseite von Brust und Schultern, die sich verkürzen, wenn wir uns nach vorn krümmen.',
    steps: [
      'Stellen Sie sich in einen Türrahmen und legen Sie die Unterarme an den Rahmen, die Ellbogen auf Schulterhöhe.',
      'Machen Sie einen Schritt nach vorn, bis Sie eine Dehnung quer über der Brust spüren. Halten Sie die Position und atmen Sie.',
      'Treten Sie zurück und lassen Sie die Arme sinken.',
    ],
    cautions: [GENTLE_MOVEMENT, STOP_IF_TINGLING],
  },
  'wall-chest-stretch': {
    title: 'Brustdehnung an der Wand',
    summary:
      'Eine einarmige Brustdehnung für den Fall, dass eine Wand, aber kein freier Türrahmen in der Nähe ist.',
    steps: [
      'Stellen Sie sich seitlich zu einer Wand und legen Sie Handfläche und Unterarm auf Schulterhöhe daran.',
      'Drehen Sie den Körper langsam von der Wand weg, bis sich die Brust dehnt. Halten Sie die Position.',
      'Drehen Sie sich um und machen Sie dasselbe mit dem anderen Arm. Halten Sie die Position.',
    ],
    cautions: [GENTLE_MOVEMENT, STOP_IF_TINGLING],
  },
  'upper-trapezius-stretch': {
    title: 'Seitliche Nackendehnung',
    summary:
      'Lockert den Muskel, der vom Nacken bis oben auf die Schulter verläuft – eine häufige Stelle für Verspannungen.',
    steps: [
      'Setzen Sie sich aufrecht hin und lassen Sie die rechte Schulter nach unten sinken.',
      'Neigen Sie das linke Ohr zur linken Schulter und halten Sie die Position.',
      'Bringen Sie den Kopf zurück in die Mitte.',
      'Lassen Sie die linke Schulter sinken, neigen Sie das rechte Ohr zur rechten Schulter und halten Sie die Position.',
      'Kehren Sie zur Mitte zurück.',
    ],
    cautions: [
      GENTLE_MOVEMENT,
      'Ziehen Sie nicht mit der Hand am Kopf: Sein eigenes Gewicht genügt.',
      STOP_IF_TINGLING,
    ],
  },
  'seated-rotation': {
    title: 'Sanfte Drehung im Sitzen',
    summary:
      'Dreht den oberen Rücken in einem bequemen Bereich, um Steifheit durch langes Stillsitzen zu lindern.',
    steps: [
      'Setzen Sie sich aufrecht hin, die Füße flach auf dem Boden und die Arme vor der Brust verschränkt.',
      'Atmen Sie aus und drehen Sie den Oberkörper langsam nach rechts, so weit es leicht geht.',
      'Kommen Sie zurück zur Mitte.',
      'Atmen Sie aus und drehen Sie sich langsam nach links.',
      'Kommen Sie zurück zur Mitte und entspannen Sie sich.',
    ],
    cautions: [
      GENTLE_MOVEMENT,
      'Halten Sie die Hüfte nach vorn ausgerichtet und federn Sie nicht nach.',
    ],
  },
  'neck-turns': {
    title: 'Langsame Kopfdrehungen',
    summary: 'Dreht den Kopf nach langem Stillhalten in beide Richtungen, so weit es angenehm ist.',
    steps: [
      'Drehen Sie den Kopf langsam und schauen Sie über die rechte Schulter.',
      'Kommen Sie zurück zur Mitte.',
      'Drehen Sie den Kopf langsam und schauen Sie über die linke Schulter.',
      'Kommen Sie zurück zur Mitte.',
    ],
    cautions: [GENTLE_MOVEMENT, 'Hören Sie auf, wenn Ihnen schwindlig wird.'],
  },
  'shoulder-rolls': {
    title: 'Schulterkreisen',
    summary: 'Lockert Schultern und oberen Rücken mit langsamen Kreisen.',
    steps: [
      'Kreisen Sie die Schultern mehrmals langsam nach oben, hinten und unten.',
      'Kreisen Sie sie jetzt andersherum: nach oben, vorn und unten.',
    ],
    cautions: [GENTLE_MOVEMENT],
  },
  'overhead-reach': {
    title: 'Arme nach oben strecken',
    summary:
      'Hebt Arme und Brust, um die Vorderseite des Körpers zu strecken und den oberen Rücken aufzurichten.',
    steps: [
      'Setzen Sie sich aufrecht hin, die Füße flach auf dem Boden.',
      'Strecken Sie beide Arme über den Kopf nach oben und senken Sie sie dann wieder. Wiederholen Sie das langsam im Rhythmus Ihres Atems.',
      'Legen Sie die Arme im Schoß ab.',
    ],
    cautions: [
      GENTLE_MOVEMENT,
      'Halten Sie die Schultern weg von den Ohren und senken Sie die Arme, wenn es in einer Schulter zwickt.',
    ],
  },
} satisfies Record<string, ItemWords>;
