import type { ItemWords } from '../localize';

/** German words for ../items/relaxation.ts. */
export const germanRelaxation = {
  'progressive-muscle-relaxation': {
    title: 'Anspannen und loslassen',
    summary:
      'Eine kurze progressive Muskelentspannung: eine Muskelgruppe anspannen und dann spüren, wie sie loslässt.',
    steps: [
      'Ballen Sie die Hände zu Fäusten und drücken Sie einige Sekunden lang fest zu.',
      'Lassen Sie los und spüren Sie, wie Ihre Hände weich werden.',
      'Ziehen Sie die Schultern zu den Ohren hoch und halten Sie sie dort.',
      'Lassen Sie sie fallen und schwer bleiben.',
      'Kneifen Sie das Gesicht sanft zusammen und halten Sie die Spannung.',
      'Lassen Sie los und den Unterkiefer locker hängen.',
      'Atmen Sie langsam aus und spüren Sie den Unterschied zwischen angespannt und entspannt.',
    ],
    cautions: ['Spannen Sie sanft an, nie bis zu Schmerz oder Krampf.'],
  },
  'body-scan': {
    title: 'Einminütiger Body-Scan',
    summary:
      'Eine kurze achtsame Reise vom Kopf bis zu den Füßen: Spannung bemerken und weich werden lassen.',
    steps: [
      'Schließen Sie die Augen oder senken Sie den Blick und atmen Sie ruhig.',
      'Spüren Sie Ihre Stirn, Ihren Kiefer und Ihren Nacken. Lassen Sie sie weich werden.',
      'Lenken Sie die Aufmerksamkeit auf Schultern und oberen Rücken. Lassen Sie sie schwer werden.',
      'Spüren Sie, wie Ihre Arme und Hände ruhen.',
      'Spüren Sie den Atem in Brust und Bauch, ohne ihn zu verändern.',
      'Spüren Sie, wie Sie auf dem Stuhl sitzen und Ihre Füße auf dem Boden stehen.',
      'Öffnen Sie die Augen und nehmen Sie den Raum wahr.',
    ],
    cautions: [],
  },
} satisfies Record<string, ItemWords>;
