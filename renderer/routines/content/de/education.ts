import type { ItemWords } from '../localize';

/** German words for ../items/education.ts. */
export const germanEducation = {
  'good-sitting-posture': {
    title: 'So fühlt sich aufrechtes Sitzen an',
    summary:
      'Ein kurzer Rundgang durch eine bequeme aufrechte Haltung, ein Körperteil nach dem anderen.',
    steps: [
      'Setzen Sie sich weit nach hinten auf den Stuhl, sodass er Ihren unteren Rücken stützt.',
      'Stellen Sie beide Füße flach auf den Boden, die Knie etwa auf Hüfthöhe.',
      'Lassen Sie die Schultern nach hinten unten sinken, ohne sie zu zwingen.',
      'Balancieren Sie den Kopf über den Schultern, die Ohren darüber und das Kinn waagerecht.',
      'Spüren Sie, wie sich das anfühlt. Nach Jahren krummen Sitzens kann sich aufrechtes Sitzen anfangs seltsam anfühlen, und das ist normal.',
    ],
    cautions: [],
  },
  'desk-setup': {
    title: 'Ein Schreibtisch, der gutes Sitzen erleichtert',
    summary:
      'Kleine Änderungen an Bildschirm, Stuhl und Tastatur, die aufrechtes Sitzen erleichtern.',
    steps: [
      'Stellen Sie den Bildschirm etwa eine Armlänge entfernt auf, die Oberkante etwa auf Augenhöhe.',
      'Halten Sie Tastatur und Maus nah bei sich, damit die Ellbogen seitlich am Körper bleiben können.',
      'Stellen Sie die Stuhlhöhe so ein, dass Ihre Unterarme etwa auf Höhe der Tischplatte liegen.',
      'Wenn Sie lange am Laptop arbeiten, verhindern ein Ständer und eine separate Tastatur, dass Ihr Kopf nach vorn sinkt.',
      'Stehen Sie ab und zu auf und bewegen Sie sich: Stundenlanges Stillsitzen macht den Rücken steif.',
    ],
    cautions: [],
  },
} satisfies Record<string, ItemWords>;
